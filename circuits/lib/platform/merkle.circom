pragma circom 2.1.5;

// Merkle membership of ZKML-SPEC §5: root of a Poseidon(2) binary tree from a leaf and its path.

include "circomlib/circuits/poseidon.circom";

// pathIndices[i] = 0: the node at level i is a left child (hash [node, pathElements[i]]);
// pathIndices[i] = 1: it is a right child (hash [pathElements[i], node]). Level 0 is the leaf's.
// Cost: depth * (Poseidon(2) + 2) constraints.
template MerkleMembership(depth) {
    assert(depth >= 1);
    signal input leaf;
    signal input pathElements[depth];
    signal input pathIndices[depth];
    signal output root;

    signal node[depth + 1];
    signal swap[depth];
    component hash[depth];
    node[0] <== leaf;
    for (var i = 0; i < depth; i++) {
        pathIndices[i] * (pathIndices[i] - 1) === 0;
        // swap = index ? sibling - node : 0, so [left, right] = [node + swap, sibling - swap].
        swap[i] <== pathIndices[i] * (pathElements[i] - node[i]);
        hash[i] = Poseidon(2);
        hash[i].inputs[0] <== node[i] + swap[i];
        hash[i].inputs[1] <== pathElements[i] - swap[i];
        node[i + 1] <== hash[i].out;
    }
    root <== node[depth];
}
