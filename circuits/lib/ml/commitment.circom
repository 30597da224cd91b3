pragma circom 2.1.5;

// Packing, the Poseidon sponge and the commitments of ZKML-SPEC §3.

include "circomlib/circuits/poseidon.circom";

// Values of width b per packed field element (ZKML-SPEC §3: floor(248 / b)).
function valuesPerElement(b) { return 248 \ b; }

// Number of field elements that m values of width b pack into.
function packedLength(m, b) {
    var k = valuesPerElement(b);
    return (m + k - 1) \ k;
}

// Packs count <= floor(248/b) signed b-bit values into one field element, little-endian after
// offsetting each by 2^(b-1), and proves every value in [-2^(b-1), 2^(b-1)) with its b bits (which
// also makes the packing injective). One component per element rather than per value: circom2
// compiles large tensors about a quarter faster this way.
template PackElement(count, b) {
    assert(count >= 1 && count * b <= 248);
    signal input in[count];
    signal output out;
    signal bits[count][b];
    var e = 0;
    for (var i = 0; i < count; i++) {
        var u = in[i] + (1 << (b - 1));
        var sum = 0;
        for (var t = 0; t < b; t++) {
            bits[i][t] <-- (u >> t) & 1;
            bits[i][t] * (bits[i][t] - 1) === 0;
            sum += bits[i][t] * (1 << t);
        }
        sum === u;
        e += u * (1 << (b * i));
    }
    out <== e;
}

// Packs m signed b-bit values, floor(248/b) per element (ZKML-SPEC §3), range-checking each.
// Cost: b constraints per value (+1 linear per value and per element at --O1).
template PackSigned(m, b) {
    assert(m >= 1 && b >= 1 && b <= 248);
    var k = valuesPerElement(b);
    var n = packedLength(m, b);
    signal input in[m];
    signal output out[n];

    component element[n];
    for (var j = 0; j < n; j++) {
        var count = j * k + k <= m ? k : m - j * k;
        element[j] = PackElement(count, b);
        for (var i = 0; i < count; i++) {
            element[j].in[i] <== in[j * k + i];
        }
        out[j] <== element[j].out;
    }
}

// sponge(e_1..e_n): h = 0; h = Poseidon(16)([h, next 15 elements, zero padded]) per chunk;
// digest = Poseidon(2)([h, n]). Cost (--O2): 609 constraints per further chunk of 15; 801 for n <= 15.
template PoseidonSponge(n) {
    assert(n >= 1);
    var rate = 15;
    var chunks = (n + rate - 1) \ rate;
    signal input in[n];
    signal output out;

    component absorb[chunks];
    for (var c = 0; c < chunks; c++) {
        absorb[c] = Poseidon(rate + 1);
        if (c == 0) {
            absorb[c].inputs[0] <== 0;
        } else {
            absorb[c].inputs[0] <== absorb[c - 1].out;
        }
        for (var i = 0; i < rate; i++) {
            var idx = c * rate + i;
            if (idx < n) {
                absorb[c].inputs[i + 1] <== in[idx];
            } else {
                absorb[c].inputs[i + 1] <== 0;
            }
        }
    }
    component finish = Poseidon(2);
    finish.inputs[0] <== absorb[chunks - 1].out;
    finish.inputs[1] <== n;
    out <== finish.out;
}

// sponge(pack(in, b)): the input hash (b = bIn) and the output hash (b = 32) of ZKML-SPEC §3.
template TensorHash(m, b) {
    signal input in[m];
    signal output out;
    component pack = PackSigned(m, b);
    pack.in <== in;
    component sponge = PoseidonSponge(packedLength(m, b));
    sponge.in <== pack.out;
    out <== sponge.out;
}

// modelCommitment = Poseidon(2)([archHash, sponge(params)]), where params are the packed elements of
// every weight and bias tensor in model order (each tensor packed on its own with PackSigned).
template ModelCommitment(nParams) {
    signal input archHash;
    signal input params[nParams];
    signal output out;
    component digest = PoseidonSponge(nParams);
    digest.in <== params;
    component commit = Poseidon(2);
    commit.inputs[0] <== archHash;
    commit.inputs[1] <== digest.out;
    out <== commit.out;
}
