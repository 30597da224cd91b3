// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title AIToken, the platform's ERC-20 reward token.
/// @notice The only minter is the contract that deployed the token (ZKReceiptVerifier creates it in its
/// constructor), fixed for ever: tokens come into existence only for receipts whose proof verified.
contract AIToken is ERC20 {
    /// @notice The one address allowed to mint.
    address public immutable minter;

    error OnlyMinter(address caller);

    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {
        minter = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert OnlyMinter(msg.sender);
        _mint(to, amount);
    }
}
