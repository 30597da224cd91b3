pragma circom 2.1.5;
// Public signals: commitment, min, max (ZKML-SPEC §5), 64-bit bids.
include "platform/bid_range.circom";
component main {public [min, max]} = BidRange(64);
