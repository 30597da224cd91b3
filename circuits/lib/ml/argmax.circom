pragma circom 2.1.5;

// Proven argmax with the lowest index winning ties (ZKML-SPEC §2 Output).

include "circomlib/circuits/bitify.circom";

// out = the lowest index i with in[i] = max(in). Precondition: every in[i] is a b-bit signed value
// proven elsewhere (the logits are, by the rescale that made them and by the output-hash packing).
// A one-hot selector picks m = in[out]; then m - in[i] - [i < out] >= 0 for every i, proven by a b-bit
// decomposition (the difference lies in [-2^b, 2^b), so a negative one has no b-bit form): m is at
// least every value and strictly above every earlier one. Cost: n*(b + 2) constraints.
template Argmax(n, b) {
    assert(n >= 1 && b >= 1 && b <= 252);
    signal input in[n];
    signal output out;

    // Witness hint: circom compares field values as signed integers.
    var best = 0;
    for (var i = 1; i < n; i++) {
        if (in[i] > in[best]) { best = i; }
    }

    signal sel[n];
    signal picked[n];
    var selSum = 0;
    var index = 0;
    var maxValue = 0;
    for (var i = 0; i < n; i++) {
        sel[i] <-- i == best ? 1 : 0;
        sel[i] * (sel[i] - 1) === 0;
        picked[i] <== sel[i] * in[i];
        selSum += sel[i];
        index += i * sel[i];
        maxValue += picked[i];
    }
    selSum === 1;
    out <== index;

    component gap[n];
    var selectedUpTo = 0;
    for (var i = 0; i < n; i++) {
        selectedUpTo += sel[i];
        // 1 - selectedUpTo is 1 exactly for the indices before the selected one.
        gap[i] = Num2Bits(b);
        gap[i].in <== maxValue - in[i] - (1 - selectedUpTo);
    }
}
