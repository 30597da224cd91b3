pragma circom 2.1.5;

// Sealed-bid range proof of ZKML-SPEC §5.

include "circomlib/circuits/bitify.circom";
include "circomlib/circuits/poseidon.circom";

// Private bid, salt; public inputs min, max; commitment = Poseidon(2)([bid, salt]); proves
// min <= bid <= max as n-bit unsigned integers: bid, min and max are each decomposed into n bits, and so
// are bid - min and max - bid (a negative difference is a field element near p with no n-bit form).
// Cost: 5n constraints + Poseidon(2).
template BidRange(n) {
    assert(n >= 1 && n <= 252);
    signal input bid;
    signal input salt;
    signal input min;
    signal input max;
    signal output commitment;

    component inRange[5];
    var checked[5] = [bid, min, max, bid - min, max - bid];
    for (var i = 0; i < 5; i++) {
        inRange[i] = Num2Bits(n);
        inRange[i].in <== checked[i];
    }

    component hash = Poseidon(2);
    hash.inputs <== [bid, salt];
    commitment <== hash.out;
}
