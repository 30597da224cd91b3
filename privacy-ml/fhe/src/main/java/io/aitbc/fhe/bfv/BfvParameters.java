package io.aitbc.fhe.bfv;

import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Primes;
import io.aitbc.fhe.rlwe.CanonicalEncoding;
import io.aitbc.fhe.rlwe.ParametersId;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SchemeParameters;

/**
 * BFV parameters: the RLWE set plus the plaintext modulus t, a prime t = 1 mod 2N so that a plaintext
 * holds N integers mod t in two rows of N/2 slots (batching).
 */
public final class BfvParameters implements SchemeParameters {

    private final RlweParameters rlwe;
    private final long t;
    private final String presetName;
    private final byte[] canonical;
    private final ParametersId id;

    public BfvParameters(RlweParameters rlwe, long plaintextModulus) {
        this(rlwe, plaintextModulus, null);
    }

    private BfvParameters(RlweParameters rlwe, long t, String presetName) {
        if (t < 3 || !Primes.isPrime(t) || (t - 1) % (2L * rlwe.n()) != 0) {
            throw new IllegalArgumentException("plaintext modulus must be a prime = 1 mod 2N for batching (N=" + rlwe.n() + "): " + t);
        }
        for (long q : rlwe.q()) {
            if (q == t) throw new IllegalArgumentException("plaintext modulus must differ from the ciphertext primes");
        }
        if (64 - Long.numberOfLeadingZeros(t) + 20 > rlwe.logQP()) {
            throw new IllegalArgumentException("plaintext modulus too large for Q");
        }
        this.rlwe = rlwe;
        this.t = t;
        this.presetName = presetName;
        this.canonical = CanonicalEncoding.encode(Scheme.BFV, rlwe, out -> out.writeLong(t));
        this.id = CanonicalEncoding.idOf(canonical);
    }

    /** BFV N=8192: Q = 43+43+44+44 bits, P = 44 bits (logQP 218, SEAL's default), t = 65537. */
    public static BfvParameters n8192() {
        return new BfvParameters(RlweParameters.fromBitSizes(8192, new int[] {43, 43, 44, 44}, new int[] {44}, false),
                65537, "bfv-8192");
    }

    /** The named presets: bfv-8192. */
    public static BfvParameters preset(String name) {
        if (name.equals("bfv-8192")) return n8192();
        throw new IllegalArgumentException("unknown BFV preset '" + name + "' (known: bfv-8192)");
    }

    @Override public Scheme scheme() { return Scheme.BFV; }

    @Override public RlweParameters rlwe() { return rlwe; }

    @Override public ParametersId id() { return id; }

    @Override public byte[] canonicalEncoding() { return canonical.clone(); }

    public long plaintextModulus() { return t; }

    public Modulus plaintextModulusObject() { return new Modulus(t); }

    /** Number of slots: N (two rows of N/2). */
    public int slots() { return rlwe.n(); }

    @Override
    public String name() {
        return "BFV " + rlwe + " t=" + t + (presetName == null ? "" : " (preset " + presetName + ")");
    }

    @Override
    public String toString() { return name(); }
}
