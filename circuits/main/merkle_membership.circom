pragma circom 2.1.5;
// Public signals: root. Depth 20 (up to 2^20 leaves); other depths: instantiate MerkleMembership(depth).
include "platform/merkle.circom";
component main = MerkleMembership(20);
