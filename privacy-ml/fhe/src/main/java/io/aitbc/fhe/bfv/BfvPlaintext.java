package io.aitbc.fhe.bfv;

import io.aitbc.fhe.rlwe.ParameterMismatchException;

/** A BFV plaintext: the polynomial m(X) with coefficients in [0, t). */
public final class BfvPlaintext {

    private final BfvParameters params;
    private final long[] coefficients;

    public BfvPlaintext(BfvParameters params, long[] coefficients) {
        if (coefficients.length != params.rlwe().n()) throw new IllegalArgumentException("a plaintext has N coefficients");
        long t = params.plaintextModulus();
        for (long c : coefficients) {
            if (c < 0 || c >= t) throw new IllegalArgumentException("plaintext coefficients must be in [0, t): " + c);
        }
        this.params = params;
        this.coefficients = coefficients.clone();
    }

    public BfvParameters params() { return params; }

    public long[] coefficients() { return coefficients.clone(); }

    long[] live() { return coefficients; }

    void check(BfvParameters expected) {
        ParameterMismatchException.requireSame(expected, params, "plaintext");
    }
}
