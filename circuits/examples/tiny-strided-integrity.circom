pragma circom 2.1.5;
// Model integrity circuit (ZKML-SPEC §4), generated for input [2,5,5], layers relu, conv2d(2, 3x3, stride 2, pad 1, fW=7), flatten, relu, dense(4, fW=6), square;
// bIn = 16, bW = 10, bB = 32, fA = 8. Compile with circuits/scripts/compile-main.sh.
include "ml/commitment.circom";

template ModelIntegrity() {
    signal input archHash;
    signal input w0[36];
    signal input b0[2];
    signal input w1[72];
    signal input b1[4];
    signal output modelCommitment;

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

component main {public [archHash]} = ModelIntegrity();
