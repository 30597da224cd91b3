package io.aitbc.marketplace.chain;

/**
 * Addresses of the platform's contracts after {@link ChainClient#deployPlatform}; put the first and the last into
 * the configuration ({@link ChainSettings#RECEIPT_VERIFIER}, {@link ChainSettings#MODEL_REGISTRY}).
 */
public record DeployedPlatform(String receiptVerifier, String aiToken, String modelRegistry, String receiptProofVerifier) {}
