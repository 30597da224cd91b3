package io.aitbc.client.api;

/**
 * The client refuses to trust a model commitment or a result: the marketplace listing and the on-chain registry
 * disagree, a source publishes no commitment, or the evaluation proof does not verify against the trusted
 * commitment. Nothing of an untrusted result is shown.
 */
public final class UntrustedResultException extends RuntimeException {
    public UntrustedResultException(String message) {
        super(message);
    }

    public UntrustedResultException(String message, Throwable cause) {
        super(message, cause);
    }
}
