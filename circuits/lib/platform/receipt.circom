pragma circom 2.1.5;

// Receipt attestation of ZKML-SPEC §5 (receipt_simple).

include "circomlib/circuits/poseidon.circom";

// Private receiptId, modelCommitment, outputHash, secret; public inputs amount, recipient.
// receiptHash = Poseidon(5)([receiptId, modelCommitment, outputHash, amount, Poseidon(1)([secret])]),
// nullifier = Poseidon(2)([secret, receiptId]).
template ReceiptSimple() {
    signal input receiptId;
    signal input modelCommitment;
    signal input outputHash;
    signal input secret;
    signal input amount;
    signal input recipient;
    signal output receiptHash;
    signal output nullifier;

    component secretHash = Poseidon(1);
    secretHash.inputs[0] <== secret;
    component receipt = Poseidon(5);
    receipt.inputs <== [receiptId, modelCommitment, outputHash, amount, secretHash.out];
    receiptHash <== receipt.out;

    component spent = Poseidon(2);
    spent.inputs <== [secret, receiptId];
    nullifier <== spent.out;

    // recipient enters no hash: this constraint keeps it in the R1CS, so a proof made for one
    // recipient does not verify for another.
    signal recipientSquared;
    recipientSquared <== recipient * recipient;
}
