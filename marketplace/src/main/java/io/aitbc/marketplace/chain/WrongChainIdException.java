package io.aitbc.marketplace.chain;

/** The RPC endpoint serves another chain than the configured one: a configuration error, nothing was sent. */
public final class WrongChainIdException extends ChainException {
    private final long expected;
    private final long actual;

    public WrongChainIdException(String rpcUrl, long expected, long actual) {
        super("chain RPC " + rpcUrl + " serves chain id " + actual + ", configured chain id is " + expected, null);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
