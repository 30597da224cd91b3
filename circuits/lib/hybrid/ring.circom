pragma circom 2.1.5;

// Building blocks of the hybrid proofs (docs/HYBRID.md): ring identities over Z[X]/(X^N+1) checked at
// a random point, range checks of the small polynomials, and their packing for the witness commitment.

include "circomlib/circuits/bitify.circom";
include "ml/commitment.circom";

// in in {-1, 0, 1}: in * (in^2 - 1) = 0. 2 constraints.
template Ternary() {
    signal input in;
    signal square;
    square <== in * in;
    in * square === in;
}

// Values per field element when packing ternary values: 2 bits each (in + 1 in {0, 1, 2}).
function ternaryPerElement() { return 124; }

function ternaryPackedLength(m) { return (m + 123) \ 124; }

// Proves every value ternary and packs (in_i + 1) little-endian in base 4, 124 per element (injective
// because every digit is below 3). 2 constraints per value.
template PackTernary(m) {
    var k = ternaryPerElement();
    var n = ternaryPackedLength(m);
    signal input in[m];
    signal output out[n];
    component check[m];
    for (var i = 0; i < m; i++) {
        check[i] = Ternary();
        check[i].in <== in[i];
    }
    for (var j = 0; j < n; j++) {
        var e = 0;
        for (var i = 0; j * k + i < m && i < k; i++) {
            e += (in[j * k + i] + 1) * (1 << (2 * i));
        }
        out[j] <== e;
    }
}

function bitLength(x) {
    var b = 0;
    while ((1 << b) <= x) { b++; }
    return b;
}

// Proves every value in [lo, hi] (lo < hi) and packs in_i - lo little-endian, floor(248 / b) per element
// with b = bitLength(hi - lo). 2b constraints per value (in - lo and hi - in are both b-bit numbers).
template PackBounded(m, lo, hi) {
    assert(lo < hi);
    var b = bitLength(hi - lo);
    var k = 248 \ b;
    var n = (m + k - 1) \ k;
    signal input in[m];
    signal output out[n];
    component low[m];
    component high[m];
    for (var i = 0; i < m; i++) {
        low[i] = Num2Bits(b);
        low[i].in <== in[i] - lo;
        high[i] = Num2Bits(b);
        high[i].in <== hi - in[i];
    }
    for (var j = 0; j < n; j++) {
        var e = 0;
        for (var i = 0; j * k + i < m && i < k; i++) {
            e += (in[j * k + i] - lo) * (1 << (b * i));
        }
        out[j] <== e;
    }
}

// sum_i a_i * b_i: one constraint per product.
template InnerProduct(m) {
    signal input a[m];
    signal input b[m];
    signal output out;
    signal product[m];
    var sum = 0;
    for (var i = 0; i < m; i++) {
        product[i] <== a[i] * b[i];
        sum += product[i];
    }
    out <== sum;
}

// c(x) = sum_i c_i x^i by Horner's rule: m - 1 constraints.
template Horner(m) {
    signal input c[m];
    signal input x;
    signal output out;
    signal acc[m];
    acc[m - 1] <== c[m - 1];
    for (var i = m - 2; i >= 0; i--) {
        acc[i] <== acc[i + 1] * x + c[i];
    }
    out <== acc[0];
}

// Hiding commitment to the packed witness: Poseidon(2)([sponge(elements), salt]) (ZKML-SPEC §3 sponge).
template WitnessCommitment(n) {
    signal input elements[n];
    signal input salt;
    signal output out;
    component sponge = PoseidonSponge(n);
    sponge.in <== elements;
    component commit = Poseidon(2);
    commit.inputs[0] <== sponge.out;
    commit.inputs[1] <== salt;
    out <== commit.out;
}
