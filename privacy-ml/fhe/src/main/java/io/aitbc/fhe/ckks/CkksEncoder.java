package io.aitbc.fhe.ckks;

import io.aitbc.fhe.ring.CrtReconstructor;
import io.aitbc.fhe.ring.Modulus;
import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.Plaintext;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CKKS encoding by the canonical embedding: N/2 complex slots z_j = m(zeta^(5^j)) with zeta = e^(i*pi/N).
 * Encoding runs the inverse "special FFT" (the embedding restricted to the powers of 5, O(N log N)),
 * scales by Delta and rounds; decoding reverses it. Thread-safe.
 */
public final class CkksEncoder {

    private final CkksParameters params;
    private final int n;
    private final int slots;
    private final int m;
    private final int[] rotGroup;
    private final double[] ksiRe;
    private final double[] ksiIm;
    private final ConcurrentHashMap<Integer, CrtReconstructor> crt = new ConcurrentHashMap<>();

    public CkksEncoder(CkksParameters params) {
        this.params = params;
        this.n = params.rlwe().n();
        this.slots = n / 2;
        this.m = 2 * n;
        rotGroup = new int[slots];
        long g = 1;
        for (int j = 0; j < slots; j++) {
            rotGroup[j] = (int) g;
            g = (g * 5) % m;
        }
        ksiRe = new double[m + 1];
        ksiIm = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            double angle = 2 * Math.PI * k / m;
            ksiRe[k] = Math.cos(angle);
            ksiIm[k] = Math.sin(angle);
        }
    }

    public CkksParameters params() { return params; }

    public int slots() { return slots; }

    /** Real values (zero-padded to N/2 slots) at the given level and scale. */
    public Plaintext encode(double[] values, int level, double scale) {
        return encode(values, null, level, scale);
    }

    /** Complex values re + i*im (im may be null); at most N/2 of them, the rest of the slots are zero. */
    public Plaintext encode(double[] re, double[] im, int level, double scale) {
        if (level < 0 || level > params.maxLevel()) throw new IllegalArgumentException("level out of range: " + level);
        return new Plaintext(params, toRing(coefficients(re, im, scale), params.rlwe().ringQ(), level + 1), scale, true);
    }

    /**
     * The same encoding over the special primes P (NTT domain): with {@link #encode} at the same scale it
     * multiplies ciphertexts kept in QP by lazy hoisted rotations (see KeySwitchingEvaluator#mulAddExtended).
     */
    public RnsPoly encodeOverP(double[] re, double[] im, double scale) {
        Ring ringP = params.rlwe().ringP();
        return toRing(coefficients(re, im, scale), ringP, ringP.size());
    }

    private double[] coefficients(double[] re, double[] im, double scale) {
        if (re.length > slots || (im != null && im.length > slots)) {
            throw new IllegalArgumentException("at most " + slots + " values fit in the slots, got " + re.length);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be positive: " + scale);
        double[] wr = new double[slots];
        double[] wi = new double[slots];
        for (int j = 0; j < re.length; j++) wr[j] = checkFinite(re[j]);
        if (im != null) for (int j = 0; j < im.length; j++) wi[j] = checkFinite(im[j]);
        specialInverseFft(wr, wi);
        double[] coefficients = new double[n];
        for (int j = 0; j < slots; j++) {
            coefficients[j] = Math.rint(wr[j] * scale);
            coefficients[j + slots] = Math.rint(wi[j] * scale);
        }
        return coefficients;
    }

    private RnsPoly toRing(double[] coefficients, Ring ring, int limbs) {
        RnsPoly poly = ring.newPoly(limbs);
        ring.forEachLimb(limbs, i -> {
            Modulus mod = ring.modulus(i);
            long[] z = poly.limb(i);
            for (int c = 0; c < n; c++) z[c] = residue(coefficients[c], mod);
        });
        ring.ntt(poly);
        return poly;
    }

    /** Decoded real parts of the slots. */
    public double[] decode(Plaintext pt) {
        return decodeComplex(pt)[0];
    }

    /** Decoded slots as {re[], im[]}. */
    public double[][] decodeComplex(Plaintext pt) {
        ParameterMismatchException.requireSame(params, pt.params(), "plaintext");
        Ring ring = params.rlwe().ringQ();
        RnsPoly coeff = pt.poly().copy();
        if (pt.isNtt()) ring.intt(coeff);
        int limbs = coeff.limbCount();
        double[] values = new double[n];
        crt.computeIfAbsent(limbs, l -> new CrtReconstructor(ring, l)).toDoubles(coeff, 1.0 / pt.scale(), values);
        double[] re = new double[slots];
        double[] im = new double[slots];
        System.arraycopy(values, 0, re, 0, slots);
        System.arraycopy(values, slots, im, 0, slots);
        specialFft(re, im);
        return new double[][] {re, im};
    }

    private static double checkFinite(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("cannot encode " + v);
        return v;
    }

    /** The residue of an integral double modulo q, also for |x| >= 2^62 (x = mantissa * 2^shift exactly). */
    static long residue(double x, Modulus mod) {
        if (Math.abs(x) < 0x1p62) return mod.reduce((long) x);
        int e = Math.getExponent(x);
        long mantissa = (long) Math.scalb(x, 52 - e);
        return mod.mul(mod.reduce(mantissa), mod.pow(2, e - 52));
    }

    /** Coefficients (as complex pairs) to slot values. */
    void specialFft(double[] re, double[] im) {
        bitReverse(re, im);
        for (int len = 2; len <= slots; len <<= 1) {
            int lenh = len >>> 1;
            int lenq = len << 2;
            int gap = m / lenq;
            for (int i = 0; i < slots; i += len) {
                for (int j = 0; j < lenh; j++) {
                    int idx = (rotGroup[j] % lenq) * gap;
                    int a = i + j, b = i + j + lenh;
                    double vr = re[b] * ksiRe[idx] - im[b] * ksiIm[idx];
                    double vi = re[b] * ksiIm[idx] + im[b] * ksiRe[idx];
                    double ur = re[a], ui = im[a];
                    re[a] = ur + vr;
                    im[a] = ui + vi;
                    re[b] = ur - vr;
                    im[b] = ui - vi;
                }
            }
        }
    }

    /** Slot values to coefficients (as complex pairs), including the 1/(N/2) factor. */
    void specialInverseFft(double[] re, double[] im) {
        for (int len = slots; len >= 2; len >>>= 1) {
            int lenh = len >>> 1;
            int lenq = len << 2;
            int gap = m / lenq;
            for (int i = 0; i < slots; i += len) {
                for (int j = 0; j < lenh; j++) {
                    int idx = (lenq - (rotGroup[j] % lenq)) * gap;
                    int a = i + j, b = i + j + lenh;
                    double ur = re[a] + re[b], ui = im[a] + im[b];
                    double dr = re[a] - re[b], di = im[a] - im[b];
                    re[a] = ur;
                    im[a] = ui;
                    re[b] = dr * ksiRe[idx] - di * ksiIm[idx];
                    im[b] = dr * ksiIm[idx] + di * ksiRe[idx];
                }
            }
        }
        bitReverse(re, im);
        for (int j = 0; j < slots; j++) {
            re[j] /= slots;
            im[j] /= slots;
        }
    }

    private void bitReverse(double[] re, double[] im) {
        int bits = Integer.numberOfTrailingZeros(slots);
        for (int i = 0; i < slots; i++) {
            int r = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
            if (r > i) {
                double t = re[i]; re[i] = re[r]; re[r] = t;
                t = im[i]; im[i] = im[r]; im[r] = t;
            }
        }
    }
}
