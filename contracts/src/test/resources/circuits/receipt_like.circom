pragma circom 2.1.0;

include "circomlib/circuits/poseidon.circom";

// Test-only circuit with the public signal layout of receipt_simple (docs/ZKML-SPEC.md section 5):
// receiptHash, nullifier (outputs), amount, recipient (public inputs). Lets the contract tests run real
// Groth16 proofs independently of the platform circuits.
template ReceiptLike() {
    signal input receiptId;
    signal input secret;
    signal input amount;
    signal input recipient;
    signal output receiptHash;
    signal output nullifier;

    receiptHash <== Poseidon(3)([receiptId, amount, Poseidon(1)([secret])]);
    nullifier <== Poseidon(2)([secret, receiptId]);
    // A constraint on recipient, so that a proof cannot be re-targeted to another address.
    signal recipientSquare <== recipient * recipient;
}

component main {public [amount, recipient]} = ReceiptLike();
