package io.aitbc.fhe.ckks;

import io.aitbc.fhe.rlwe.CanonicalEncoding;
import io.aitbc.fhe.rlwe.ParametersId;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SchemeParameters;

/**
 * CKKS parameters: the RLWE set plus the default scale (a power of two, usually close to the middle
 * primes so that rescaling keeps it stable). Depth budget = number of rescales = maxLevel().
 */
public final class CkksParameters implements SchemeParameters {

    private final RlweParameters rlwe;
    private final double logDefaultScale;
    private final String presetName;
    private final byte[] canonical;
    private final ParametersId id;

    public CkksParameters(RlweParameters rlwe, double logDefaultScale) {
        this(rlwe, logDefaultScale, null);
    }

    private CkksParameters(RlweParameters rlwe, double logDefaultScale, String presetName) {
        if (!(logDefaultScale >= 1 && logDefaultScale <= 120)) {
            throw new IllegalArgumentException("log2(default scale) must be in [1, 120]: " + logDefaultScale);
        }
        long q0 = rlwe.q()[0];
        if (logDefaultScale >= 64 - Long.numberOfLeadingZeros(q0)) {
            throw new IllegalArgumentException("the first prime (" + (64 - Long.numberOfLeadingZeros(q0))
                    + " bits) must exceed the default scale 2^" + logDefaultScale + " to decrypt at level 0");
        }
        this.rlwe = rlwe;
        this.logDefaultScale = logDefaultScale;
        this.presetName = presetName;
        this.canonical = CanonicalEncoding.encode(Scheme.CKKS, rlwe, out -> out.writeDouble(logDefaultScale));
        this.id = CanonicalEncoding.idOf(canonical);
    }

    /** CKKS N=8192: Q = 60+40+40 bits, P = 60 bits (logQP 200), scale 2^40, depth 2 (as SEAL's example). */
    public static CkksParameters n8192Depth2() {
        return new CkksParameters(RlweParameters.fromBitSizes(8192, new int[] {60, 40, 40}, new int[] {60}, false), 40,
                "ckks-8192");
    }

    /** CKKS N=16384: Q = 60+6x40 bits, P = 60 bits (logQP 360), scale 2^40, depth 6. */
    public static CkksParameters n16384Depth6() {
        return new CkksParameters(RlweParameters.fromBitSizes(16384, new int[] {60, 40, 40, 40, 40, 40, 40},
                new int[] {60}, false), 40, "ckks-16384");
    }

    /** CKKS N=16384: Q = 47+9x38 bits, P = 48 bits (logQP 437), scale 2^38, depth 9, for deeper circuits. */
    public static CkksParameters n16384Depth9() {
        return new CkksParameters(RlweParameters.fromBitSizes(16384, new int[] {47, 38, 38, 38, 38, 38, 38, 38, 38, 38},
                new int[] {48}, false), 38, "ckks-16384-d9");
    }

    /** The named presets: ckks-8192, ckks-16384, ckks-16384-d9. */
    public static CkksParameters preset(String name) {
        return switch (name) {
            case "ckks-8192" -> n8192Depth2();
            case "ckks-16384" -> n16384Depth6();
            case "ckks-16384-d9" -> n16384Depth9();
            default -> throw new IllegalArgumentException("unknown CKKS preset '" + name
                    + "' (known: ckks-8192, ckks-16384, ckks-16384-d9)");
        };
    }

    @Override public Scheme scheme() { return Scheme.CKKS; }

    @Override public RlweParameters rlwe() { return rlwe; }

    @Override public ParametersId id() { return id; }

    @Override public byte[] canonicalEncoding() { return canonical.clone(); }

    public double logDefaultScale() { return logDefaultScale; }

    public double defaultScale() { return Math.pow(2, logDefaultScale); }

    public int slots() { return rlwe.slots(); }

    public int maxLevel() { return rlwe.maxLevel(); }

    @Override
    public String name() {
        return "CKKS " + rlwe + " scale=2^" + logDefaultScale + (presetName == null ? "" : " (preset " + presetName + ")");
    }

    @Override
    public String toString() { return name(); }
}
