package io.aitbc.model.fhe;

import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.RlweParameters;
import java.util.Arrays;
import java.util.List;

/**
 * A CKKS parameter set as the profile carries it: name, SHA-256 id, ring degree, scale and the exact
 * primes. {@link #toParameters()} rebuilds it through the library's 128-bit security check and fails
 * unless the id matches, so a client can never encrypt under a set other than the one announced.
 */
public record ParameterSpec(String name, String id, int n, double logScale, long[] q, long[] p) {

    public ParameterSpec {
        q = q.clone();
        p = p.clone();
    }

    /** The candidates the compiler picks from, cheapest first: the smallest one deep enough wins. */
    static final List<String> CATALOG = List.of("ckks-8192", "ckks-8192-d3", "ckks-16384", "ckks-16384-d9");

    /** A named set: the library's presets plus ckks-8192-d3 (Q = 54 + 3 x 38 bits, P = 50 bits, logQP 218, scale 2^38). */
    public static CkksParameters named(String name) {
        if (name.equals("ckks-8192-d3")) {
            return new CkksParameters(RlweParameters.fromBitSizes(8192, new int[] {54, 38, 38, 38}, new int[] {50}, false), 38);
        }
        return CkksParameters.preset(name);
    }

    public static ParameterSpec of(String name, CkksParameters params) {
        return new ParameterSpec(name, params.id().toString(), params.rlwe().n(), params.logDefaultScale(), params.rlwe().q(), params.rlwe().p());
    }

    @Override
    public long[] q() { return q.clone(); }

    @Override
    public long[] p() { return p.clone(); }

    /** The parameter set, checked for security and against the id. */
    public CkksParameters toParameters() {
        CkksParameters params;
        try {
            params = new CkksParameters(RlweParameters.of(n, q, p), logScale);
        } catch (IllegalArgumentException e) {
            throw new FheInputException.ParameterSetMismatch("the profile's parameter set is not valid: " + e.getMessage(), e);
        }
        if (!params.id().toString().equals(id)) {
            throw new FheInputException.ParameterSetMismatch("the profile's parameters hash to " + params.id().shortHex()
                    + ", not to the announced id " + id, null);
        }
        return params;
    }

    public int depth() { return q.length - 1; }

    public int slots() { return n / 2; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSpec s && s.name.equals(name) && s.id.equals(id) && s.n == n && s.logScale == logScale
                && Arrays.equals(s.q, q) && Arrays.equals(s.p, p);
    }

    @Override
    public int hashCode() { return id.hashCode(); }

    @Override
    public String toString() { return name + " (N=" + n + ", depth " + depth() + ", id " + id.substring(0, 16) + ")"; }
}
