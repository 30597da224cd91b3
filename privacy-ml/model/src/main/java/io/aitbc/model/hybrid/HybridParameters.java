package io.aitbc.model.hybrid;

import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ring.Primes;
import io.aitbc.fhe.rlwe.RlweParameters;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The BFV parameter set of the hybrid protocol (docs/HYBRID.md §3): coefficient encoding (the plaintext
 * modulus t only needs to hold the dense layer's accumulators), no key switching (the special prime P
 * exists because the FHE library requires one; nothing uses it), and the bounds the proofs enforce on
 * the small polynomials. Immutable.
 *
 * <p>{@link #standard()} is N = 8192, Q = two 60-bit primes, P = one 60-bit prime (log2 QP = 180, below
 * the 218 bits of the 128-bit table for N = 8192) and a 34-bit t: the outputs of a 784 -> 10 layer with
 * 8-bit weights and 32-bit biases, flooded for 2^-40 statistical distance, decrypt correctly.
 */
public final class HybridParameters {

    /** Noise coefficients e are proven in [-2^(NOISE_BITS-1), 2^(NOISE_BITS-1)); the sampler's bound is ceil(6 sigma) = 20. */
    public static final int NOISE_BITS = 6;
    /** Statistical distance of the flooded output from one that depends on the output only: 2^-40. */
    public static final int STATISTICAL_SECURITY = 40;
    /** The name of {@link #standard()}. */
    public static final String STANDARD_NAME = "hybrid-bfv-8192";
    private static final int Q_PRIME_BITS = 60;
    private static final int T_BITS = 34;

    private final BfvParameters bfv;
    private final String name;
    private final BigInteger q;
    private final BigInteger delta;

    private HybridParameters(BfvParameters bfv, String name) {
        this.bfv = bfv;
        this.name = name;
        RlweParameters rlwe = bfv.rlwe();
        BigInteger product = BigInteger.ONE;
        for (long p : rlwe.q()) {
            product = product.multiply(BigInteger.valueOf(p));
        }
        this.q = product;
        this.delta = product.divide(BigInteger.valueOf(bfv.plaintextModulus()));
        int bound = rlwe.gaussian().bound();
        if (bound >= 1 << (NOISE_BITS - 1)) {
            throw new IllegalArgumentException("the noise sampler's bound " + bound + " exceeds the proven range of " + NOISE_BITS + " signed bits");
        }
    }

    /** N = 8192, Q = 2 x 60 bits, P = 60 bits, t = a 34-bit prime: 128-bit secure. */
    public static HybridParameters standard() {
        return new HybridParameters(build(8192, false), STANDARD_NAME);
    }

    /** The same sizes of Q and t on a small ring: INSECURE, for fast tests only. */
    public static HybridParameters insecureForTesting(int n) {
        return new HybridParameters(build(n, true), "hybrid-bfv-" + n + "-INSECURE-TEST-ONLY");
    }

    /**
     * The parameter set of that {@link #name()}: {@code hybrid-bfv-8192}, or a test-only
     * {@code hybrid-bfv-<N>-INSECURE-TEST-ONLY} (N a power of two from 16 to 4096), which callers must accept
     * explicitly ({@link #isTestOnly()}).
     */
    public static HybridParameters byName(String name) {
        if (STANDARD_NAME.equals(name)) return standard();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("hybrid-bfv-(\\d{2,4})-INSECURE-TEST-ONLY").matcher(name == null ? "" : name);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (Integer.bitCount(n) == 1 && n >= 16 && n <= 4096) return insecureForTesting(n);
        }
        throw new IllegalArgumentException("unknown hybrid parameter set '" + name + "' (hybrid-bfv-8192, or hybrid-bfv-<N>-INSECURE-TEST-ONLY for tests)");
    }

    private static BfvParameters build(int n, boolean testOnly) {
        RlweParameters rlwe = RlweParameters.fromBitSizes(n, new int[] {Q_PRIME_BITS, Q_PRIME_BITS}, new int[] {Q_PRIME_BITS}, testOnly);
        List<Long> used = new ArrayList<>();
        for (long p : rlwe.q()) used.add(p);
        for (long p : rlwe.p()) used.add(p);
        long t = Primes.nttPrimes(T_BITS, n, 1, used).get(0);
        return new BfvParameters(rlwe, t);
    }

    /** The FHE parameter set (keys and ciphertexts are made with it). */
    public BfvParameters bfv() { return bfv; }

    public int n() { return bfv.rlwe().n(); }

    /** The ciphertext modulus Q = q_0 q_1. */
    public BigInteger q() { return q; }

    /** The plaintext modulus t. */
    public BigInteger t() { return BigInteger.valueOf(bfv.plaintextModulus()); }

    /** Delta = floor(Q / t): a plaintext m is encrypted as Delta * m + noise. */
    public BigInteger delta() { return delta; }

    public boolean isTestOnly() { return bfv.rlwe().isTestOnly(); }

    public String name() { return name; }

    @Override
    public String toString() { return name + " (" + bfv.name() + ")"; }
}
