pragma circom 2.1.5;
// Public signals: receiptHash, nullifier, amount, recipient (ZKML-SPEC §5).
include "platform/receipt.circom";
component main {public [amount, recipient]} = ReceiptSimple();
