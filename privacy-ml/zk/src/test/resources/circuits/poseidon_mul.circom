pragma circom 2.0.0;

include "circomlib/circuits/poseidon.circom";

// Test circuit: a Poseidon commitment and a product, with one public input.
// Public signals (circom order): h, prod, pub.
template PoseidonMul() {
    signal input a;
    signal input b;
    signal input pub;
    signal output h;
    signal output prod;

    component p = Poseidon(3);
    p.inputs[0] <== a;
    p.inputs[1] <== b;
    p.inputs[2] <== pub;
    h <== p.out;
    signal ab;
    ab <== a * b;
    prod <== ab * pub;
}

component main {public [pub]} = PoseidonMul();
