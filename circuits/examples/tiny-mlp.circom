pragma circom 2.1.5;
// zkML inference circuit (ZKML-SPEC §4), generated for input [6], layers dense(4, fW=6), relu, dense(3, fW=5);
// bIn = 16, bW = 8, bB = 32, fA = 8. Compile with circuits/scripts/compile-main.sh.
include "ml/layers.circom";
include "ml/argmax.circom";
include "ml/commitment.circom";

template Model() {
    signal input archHash;
    signal input x[6];
    signal input w0[24];
    signal input b0[4];
    signal input w1[12];
    signal input b1[3];
    signal output modelCommitment;
    signal output inputHash;
    signal output outputHash;
    signal output predictedClass;
    signal output logits[3];

    // layer 0: dense(4, fW=6), [6] -> [4]
    component layer0 = DenseLayer(6, 4, 6);
    layer0.in <== x;
    layer0.w <== w0;
    layer0.b <== b0;
    // layer 1: relu, [4] -> [4]
    component layer1 = ReLUFromSignLayer(4);
    layer1.isNonNeg <== layer0.isNonNeg;
    layer1.in <== layer0.out;
    // layer 2: dense(3, fW=5), [4] -> [3]
    component layer2 = DenseLayer(4, 3, 5);
    layer2.in <== layer1.out;
    layer2.w <== w1;
    layer2.b <== b1;
    logits <== layer2.out;

    component argmax = Argmax(3, 32);
    argmax.in <== logits;
    predictedClass <== argmax.out;
    component inputHasher = TensorHash(6, 16);
    inputHasher.in <== x;
    inputHash <== inputHasher.out;
    component outputHasher = TensorHash(3, 32);
    outputHasher.in <== logits;
    outputHash <== outputHasher.out;
    component pack_w0 = PackSigned(24, 8);
    pack_w0.in <== w0;
    component pack_b0 = PackSigned(4, 32);
    pack_b0.in <== b0;
    component pack_w1 = PackSigned(12, 8);
    pack_w1.in <== w1;
    component pack_b1 = PackSigned(3, 32);
    pack_b1.in <== b1;
    component commitment = ModelCommitment(4);
    commitment.archHash <== archHash;
    for (var i = 0; i < 1; i++) { commitment.params[0 + i] <== pack_w0.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[1 + i] <== pack_b0.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[2 + i] <== pack_w1.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[3 + i] <== pack_b1.out[i]; }
    modelCommitment <== commitment.out;
}

component main {public [archHash]} = Model();
