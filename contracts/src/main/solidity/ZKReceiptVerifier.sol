// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AIToken} from "./AIToken.sol";
import {IReceiptProofVerifier} from "./IReceiptProofVerifier.sol";

/// @title ZKReceiptVerifier: verified inference receipts mint AIToken.
/// @notice Life of a receipt (docs/ZKML-SPEC.md section 5): the platform verifies a job's proof and an
/// operator anchors the job's `receiptHash` here. Whoever holds the receipt's secret proves with
/// receipt_simple that it knows the receipt behind an anchored hash; the proof binds `amount` and
/// `recipient`, so anyone may submit it and the tokens still go to the bound recipient. Each
/// `nullifier` is accepted once, so a receipt cannot be claimed twice.
contract ZKReceiptVerifier is AccessControl {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// @dev Order of the BN254 scalar field: public signals are elements of it.
    uint256 internal constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    enum ReceiptState { Unknown, Anchored, Claimed }

    IReceiptProofVerifier public immutable proofVerifier;
    AIToken public immutable token;

    mapping(uint256 receiptHash => ReceiptState) public receiptState;
    mapping(uint256 nullifier => bool) public nullifierSpent;

    event ReceiptAnchored(uint256 indexed receiptHash, address indexed operator);
    event ReceiptClaimed(
        uint256 indexed receiptHash, uint256 indexed nullifier, address indexed recipient, uint256 amount
    );

    error ZeroAddress();
    error NotAFieldElement(uint256 value);
    error ReceiptAlreadyAnchored(uint256 receiptHash);
    error ReceiptNotClaimable(uint256 receiptHash, ReceiptState state);
    error NullifierAlreadySpent(uint256 nullifier);
    error InvalidProof();

    /// @param verifier the Groth16 verifier generated for receipt_simple's verification key
    /// @param admin receives the admin and operator roles
    constructor(IReceiptProofVerifier verifier, address admin, string memory tokenName, string memory tokenSymbol) {
        if (address(verifier) == address(0) || admin == address(0)) revert ZeroAddress();
        proofVerifier = verifier;
        token = new AIToken(tokenName, tokenSymbol);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, admin);
    }

    /// @notice Records that the platform verified the job behind `receiptHash`.
    function anchorReceipt(uint256 receiptHash) external onlyRole(OPERATOR_ROLE) {
        if (receiptHash >= SNARK_SCALAR_FIELD) revert NotAFieldElement(receiptHash);
        if (receiptState[receiptHash] != ReceiptState.Unknown) revert ReceiptAlreadyAnchored(receiptHash);
        receiptState[receiptHash] = ReceiptState.Anchored;
        emit ReceiptAnchored(receiptHash, msg.sender);
    }

    /// @notice Mints `amount` AIToken to `recipient` for an anchored receipt, once per nullifier.
    /// @param proof the Groth16 proof flattened as [A.x, A.y, B.x1, B.x0, B.y1, B.y0, C.x, C.y]; flat
    /// because Java ABI encoders mis-type nested static arrays (docs in contracts/README.md)
    function claim(uint256[8] calldata proof, uint256 receiptHash, uint256 nullifier, uint256 amount, address recipient)
        external
    {
        if (recipient == address(0)) revert ZeroAddress();
        if (nullifierSpent[nullifier]) revert NullifierAlreadySpent(nullifier);
        ReceiptState state = receiptState[receiptHash];
        if (state != ReceiptState.Anchored) revert ReceiptNotClaimable(receiptHash, state);

        uint256[4] memory publicSignals = [receiptHash, nullifier, amount, uint256(uint160(recipient))];
        bool valid = proofVerifier.verifyProof(
            [proof[0], proof[1]], [[proof[2], proof[3]], [proof[4], proof[5]]], [proof[6], proof[7]], publicSignals
        );
        if (!valid) revert InvalidProof();

        nullifierSpent[nullifier] = true;
        receiptState[receiptHash] = ReceiptState.Claimed;
        emit ReceiptClaimed(receiptHash, nullifier, recipient, amount);
        token.mint(recipient, amount);
    }
}
