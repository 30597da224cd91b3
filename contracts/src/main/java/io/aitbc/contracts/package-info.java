/**
 * Java side of the platform's Solidity contracts: web3j wrappers generated at build time
 * ({@code io.aitbc.contracts.generated}), calls to generated Groth16 verifiers ({@link io.aitbc.contracts.groth16}),
 * transaction helpers that surface reverts with their decoded custom error ({@link io.aitbc.contracts.tx}), the
 * pinned solcjs compiler ({@link io.aitbc.contracts.solc}) and a local Hardhat EVM node ({@link io.aitbc.contracts.devchain}).
 */
package io.aitbc.contracts;
