pragma circom 2.1.5;

// Fixed-point building blocks of ZKML-SPEC §2: proven rescaling (floor division by 2^s) and ReLU.
// Values are signed integers embedded in the BN254 field (negative v is p - |v|).

include "circomlib/circuits/bitify.circom";

// Activation width of ZKML-SPEC §1 (signed bits of every layer's output).
function activationBits() { return 32; }

// y = floor(in / 2^s) with -2^31 <= y < 2^31, and the sign of y.
// One decomposition proves it: in + 2^(31+s) = (y + 2^31) * 2^s + r has exactly 32 + s bits, the low s
// bits are the remainder r (so 0 <= r < 2^s: the rounding is proven) and the high 32 bits are y + 2^31
// (so y is in range; an accumulator outside [-2^(31+s), 2^(31+s)) has no witness).
// Cost: 32 + s constraints (the bits), plus one linear constraint at --O1.
template Rescale(s) {
    assert(s >= 0 && s <= 200);
    signal input in;
    signal output out;
    // 1 iff out >= 0 (bit 31 of out + 2^31); lets a following ReLU skip its own decomposition.
    signal output isNonNeg;

    var a = activationBits();
    component bits = Num2Bits(a + s);
    bits.in <== in + (1 << (a - 1 + s));
    var offsetQuotient = 0;
    for (var i = 0; i < a; i++) {
        offsetQuotient += bits.out[s + i] * (1 << i);
    }
    out <== offsetQuotient - (1 << (a - 1));
    isNonNeg <== bits.out[s + a - 1];
}

// y = max(x, 0) for a 32-bit signed x, the sign taken from bit 31 of x + 2^31 (this also proves
// -2^31 <= x < 2^31). Cost: 33 constraints. After a Rescale use ReLUFromSign instead (1 constraint).
template ReLU() {
    signal input in;
    signal output out;
    var a = activationBits();
    component bits = Num2Bits(a);
    bits.in <== in + (1 << (a - 1));
    out <== in * bits.out[a - 1];
}

// y = max(x, 0) given isNonNeg, a proven sign bit of x (the isNonNeg output of the Rescale that made x).
template ReLUFromSign() {
    signal input in;
    signal input isNonNeg;
    signal output out;
    out <== in * isNonNeg;
}

// Smallest t with 2^t = n; fails compilation when n is not a power of two.
function exactLog2(n) {
    var t = 0;
    while ((1 << t) < n) { t++; }
    assert((1 << t) == n);
    return t;
}
