pragma circom 2.1.5;
// zkML inference circuit (ZKML-SPEC §4), generated for input [2,5,5], layers relu, conv2d(2, 3x3, stride 2, pad 1, fW=7), flatten, relu, dense(4, fW=6), square;
// bIn = 16, bW = 10, bB = 32, fA = 8. Compile with circuits/scripts/compile-main.sh.
include "ml/layers.circom";
include "ml/argmax.circom";
include "ml/commitment.circom";

template Model() {
    signal input archHash;
    signal input x[50];
    signal input w0[36];
    signal input b0[2];
    signal input w1[72];
    signal input b1[4];
    signal output modelCommitment;
    signal output inputHash;
    signal output outputHash;
    signal output predictedClass;
    signal output logits[4];

    // layer 0: relu, [2,5,5] -> [2,5,5]
    component layer0 = ReLULayer(50);
    layer0.in <== x;
    // layer 1: conv2d(2, 3x3, stride 2, pad 1, fW=7), [2,5,5] -> [2,3,3]
    component layer1 = Conv2dLayer(2, 5, 5, 2, 3, 3, 2, 1, 7);
    layer1.in <== layer0.out;
    layer1.w <== w0;
    layer1.b <== b0;
    // layer 2: flatten, [2,3,3] -> [18]
    // (flat row-major arrays: nothing to do)
    // layer 3: relu, [18] -> [18]
    component layer3 = ReLUFromSignLayer(18);
    layer3.isNonNeg <== layer1.isNonNeg;
    layer3.in <== layer1.out;
    // layer 4: dense(4, fW=6), [18] -> [4]
    component layer4 = DenseLayer(18, 4, 6);
    layer4.in <== layer3.out;
    layer4.w <== w1;
    layer4.b <== b1;
    // layer 5: square, [4] -> [4]
    component layer5 = SquareLayer(4, 8);
    layer5.in <== layer4.out;
    logits <== layer5.out;

    component argmax = Argmax(4, 32);
    argmax.in <== logits;
    predictedClass <== argmax.out;
    component inputHasher = TensorHash(50, 16);
    inputHasher.in <== x;
    inputHash <== inputHasher.out;
    component outputHasher = TensorHash(4, 32);
    outputHasher.in <== logits;
    outputHash <== outputHasher.out;
    component pack_w0 = PackSigned(36, 10);
    pack_w0.in <== w0;
    component pack_b0 = PackSigned(2, 32);
    pack_b0.in <== b0;
    component pack_w1 = PackSigned(72, 10);
    pack_w1.in <== w1;
    component pack_b1 = PackSigned(4, 32);
    pack_b1.in <== b1;
    component commitment = ModelCommitment(7);
    commitment.archHash <== archHash;
    for (var i = 0; i < 2; i++) { commitment.params[0 + i] <== pack_w0.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[2 + i] <== pack_b0.out[i]; }
    for (var i = 0; i < 3; i++) { commitment.params[3 + i] <== pack_w1.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[6 + i] <== pack_b1.out[i]; }
    modelCommitment <== commitment.out;
}

component main {public [archHash]} = Model();
