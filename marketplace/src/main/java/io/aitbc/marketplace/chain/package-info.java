/**
 * The platform's chain client: {@link io.aitbc.marketplace.chain.ChainClient} deploys the contracts of contracts/,
 * registers models, anchors verified receipts and claims them with a receipt_simple proof, signed by the operator key
 * of {@link io.aitbc.marketplace.chain.ChainSettings} (server configuration: {@code aitbc.chain.rpc-url},
 * {@code aitbc.chain.chain-id}, {@code aitbc.chain.signing-key-file} (owner-only file) or
 * {@code aitbc.chain.signing-key}, {@code aitbc.chain.receipt-verifier}, {@code aitbc.chain.model-registry},
 * {@code aitbc.chain.receipt-wait-seconds}). Failures are {@link io.aitbc.marketplace.chain.ChainException}s that
 * say whether a retry can help: unreachable RPC and unconfirmed transactions are retryable; a revert (decoded
 * custom error) and a wrong chain id are not. Anchoring is idempotent, so a proof job can retry it.
 */
package io.aitbc.marketplace.chain;
