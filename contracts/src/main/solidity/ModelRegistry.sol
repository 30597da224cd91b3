// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

/// @title ModelRegistry: who owns a model, and which commitment and verifier each of its versions has.
/// @notice A version pins the Poseidon model commitment (docs/ZKML-SPEC.md section 3) and the Groth16
/// verifier contract for the model's inference circuit, so anyone can check a zkML proof against the
/// exact weights the owner published. Versions are append-only; only the model's owner adds them.
contract ModelRegistry {
    /// @dev Order of the BN254 scalar field: a commitment is an element of it.
    uint256 internal constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    struct ModelVersion {
        uint256 commitment;
        address verifier;
        uint64 publishedAt;
    }

    struct Model {
        address owner;
        uint32 latestVersion;
    }

    mapping(bytes32 modelId => Model) private models;
    mapping(bytes32 modelId => mapping(uint32 version => ModelVersion)) private versions;

    event ModelRegistered(bytes32 indexed modelId, address indexed owner);
    event ModelVersionPublished(bytes32 indexed modelId, uint32 indexed version, uint256 commitment, address verifier);
    event ModelOwnershipTransferred(bytes32 indexed modelId, address indexed previousOwner, address indexed newOwner);

    error ModelAlreadyRegistered(bytes32 modelId);
    error UnknownModel(bytes32 modelId);
    error UnknownVersion(bytes32 modelId, uint32 version);
    error NotModelOwner(bytes32 modelId, address caller);
    error NotAFieldElement(uint256 value);
    error VerifierNotAContract(address verifier);
    error ZeroAddress();

    modifier onlyModelOwner(bytes32 modelId) {
        address owner = models[modelId].owner;
        if (owner == address(0)) revert UnknownModel(modelId);
        if (owner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    /// @notice Registers a new model owned by the caller, with its first version.
    function registerModel(bytes32 modelId, uint256 commitment, address verifier) external returns (uint32) {
        if (models[modelId].owner != address(0)) revert ModelAlreadyRegistered(modelId);
        models[modelId].owner = msg.sender;
        emit ModelRegistered(modelId, msg.sender);
        return _publish(modelId, commitment, verifier);
    }

    /// @notice Adds a version (new weights or a new verifier); owner only.
    function publishVersion(bytes32 modelId, uint256 commitment, address verifier)
        external
        onlyModelOwner(modelId)
        returns (uint32)
    {
        return _publish(modelId, commitment, verifier);
    }

    function transferModelOwnership(bytes32 modelId, address newOwner) external onlyModelOwner(modelId) {
        if (newOwner == address(0)) revert ZeroAddress();
        emit ModelOwnershipTransferred(modelId, msg.sender, newOwner);
        models[modelId].owner = newOwner;
    }

    function modelOwner(bytes32 modelId) external view returns (address) {
        return _existing(modelId).owner;
    }

    function latestVersion(bytes32 modelId) external view returns (uint32) {
        return _existing(modelId).latestVersion;
    }

    function modelVersion(bytes32 modelId, uint32 version)
        external
        view
        returns (uint256 commitment, address verifier, uint64 publishedAt)
    {
        if (version == 0 || version > _existing(modelId).latestVersion) revert UnknownVersion(modelId, version);
        ModelVersion storage v = versions[modelId][version];
        return (v.commitment, v.verifier, v.publishedAt);
    }

    function _publish(bytes32 modelId, uint256 commitment, address verifier) private returns (uint32 version) {
        if (commitment >= SNARK_SCALAR_FIELD) revert NotAFieldElement(commitment);
        if (verifier.code.length == 0) revert VerifierNotAContract(verifier);
        version = models[modelId].latestVersion + 1;
        models[modelId].latestVersion = version;
        versions[modelId][version] = ModelVersion(commitment, verifier, uint64(block.timestamp));
        emit ModelVersionPublished(modelId, version, commitment, verifier);
    }

    function _existing(bytes32 modelId) private view returns (Model storage model) {
        model = models[modelId];
        if (model.owner == address(0)) revert UnknownModel(modelId);
    }
}
