package io.aitbc.marketplace.chain;

/** The RPC endpoint did not answer, or answered with an HTTP or transport error. Retryable. */
public final class ChainUnreachableException extends ChainException {
    public ChainUnreachableException(String rpcUrl, Throwable cause) {
        super("chain RPC " + rpcUrl + " unreachable: " + cause.getMessage(), cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
