pragma circom 2.1.5;
// Model integrity circuit (ZKML-SPEC §4), generated for input [6], layers dense(4, fW=6), relu, dense(3, fW=5);
// bIn = 16, bW = 8, bB = 32, fA = 8. Compile with circuits/scripts/compile-main.sh.
include "ml/commitment.circom";

template ModelIntegrity() {
    signal input archHash;
    signal input w0[24];
    signal input b0[4];
    signal input w1[12];
    signal input b1[3];
    signal output modelCommitment;

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

component main {public [archHash]} = ModelIntegrity();
