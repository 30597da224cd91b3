// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

/// @notice A Groth16 verifier for the receipt_simple circuit, as exported by `aitbc zkey export
/// solidityverifier` or by snarkjs (same calling convention: B's coordinates in EIP-197 order, i.e.
/// the imaginary part first). Public signals, in circuit order: receiptHash, nullifier, amount, recipient.
interface IReceiptProofVerifier {
    function verifyProof(
        uint256[2] calldata pA,
        uint256[2][2] calldata pB,
        uint256[2] calldata pC,
        uint256[4] calldata pubSignals
    ) external view returns (bool);
}
