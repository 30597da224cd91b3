pragma circom 2.1.5;
// zkML inference circuit (ZKML-SPEC §4), generated for input [1,6,6], layers conv2d(2, 3x3, stride 1, pad 1, fW=6), relu, avgpool(2), square, flatten, dense(3, fW=5);
// bIn = 16, bW = 8, bB = 32, fA = 8. Compile with circuits/scripts/compile-main.sh.
include "ml/layers.circom";
include "ml/argmax.circom";
include "ml/commitment.circom";

template Model() {
    signal input archHash;
    signal input x[36];
    signal input w0[18];
    signal input b0[2];
    signal input w1[54];
    signal input b1[3];
    signal output modelCommitment;
    signal output inputHash;
    signal output outputHash;
    signal output predictedClass;
    signal output logits[3];

    // layer 0: conv2d(2, 3x3, stride 1, pad 1, fW=6), [1,6,6] -> [2,6,6]
    component layer0 = Conv2dLayer(1, 6, 6, 2, 3, 3, 1, 1, 6);
    layer0.in <== x;
    layer0.w <== w0;
    layer0.b <== b0;
    // layer 1: relu, [2,6,6] -> [2,6,6]
    component layer1 = ReLUFromSignLayer(72);
    layer1.isNonNeg <== layer0.isNonNeg;
    layer1.in <== layer0.out;
    // layer 2: avgpool(2), [2,6,6] -> [2,3,3]
    component layer2 = AvgPool2dLayer(2, 6, 6, 2);
    layer2.in <== layer1.out;
    // layer 3: square, [2,3,3] -> [2,3,3]
    component layer3 = SquareLayer(18, 8);
    layer3.in <== layer2.out;
    // layer 4: flatten, [2,3,3] -> [18]
    // (flat row-major arrays: nothing to do)
    // layer 5: dense(3, fW=5), [18] -> [3]
    component layer5 = DenseLayer(18, 3, 5);
    layer5.in <== layer3.out;
    layer5.w <== w1;
    layer5.b <== b1;
    logits <== layer5.out;

    component argmax = Argmax(3, 32);
    argmax.in <== logits;
    predictedClass <== argmax.out;
    component inputHasher = TensorHash(36, 16);
    inputHasher.in <== x;
    inputHash <== inputHasher.out;
    component outputHasher = TensorHash(3, 32);
    outputHasher.in <== logits;
    outputHash <== outputHasher.out;
    component pack_w0 = PackSigned(18, 8);
    pack_w0.in <== w0;
    component pack_b0 = PackSigned(2, 32);
    pack_b0.in <== b0;
    component pack_w1 = PackSigned(54, 8);
    pack_w1.in <== w1;
    component pack_b1 = PackSigned(3, 32);
    pack_b1.in <== b1;
    component commitment = ModelCommitment(5);
    commitment.archHash <== archHash;
    for (var i = 0; i < 1; i++) { commitment.params[0 + i] <== pack_w0.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[1 + i] <== pack_b0.out[i]; }
    for (var i = 0; i < 2; i++) { commitment.params[2 + i] <== pack_w1.out[i]; }
    for (var i = 0; i < 1; i++) { commitment.params[4 + i] <== pack_b1.out[i]; }
    modelCommitment <== commitment.out;
}

component main {public [archHash]} = Model();
