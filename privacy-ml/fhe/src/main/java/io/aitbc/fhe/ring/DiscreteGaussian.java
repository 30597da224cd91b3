package io.aitbc.fhe.ring;

/**
 * Discrete Gaussian over the integers with standard deviation sigma, cut at |x| <= ceil(6 sigma), sampled
 * by a cumulative distribution table with a constant-time scan (no branch or index depends on the secret).
 */
public final class DiscreteGaussian {

    public static final double DEFAULT_SIGMA = 3.2;

    private final double sigma;
    private final int bound;
    /** table[i] = round(2^63 * P(X < -bound + i + 1)) for i in [0, 2*bound). */
    private final long[] table;

    public DiscreteGaussian(double sigma) {
        if (!(sigma > 0.5 && sigma < 1e6)) throw new IllegalArgumentException("sigma out of range: " + sigma);
        this.sigma = sigma;
        this.bound = (int) Math.ceil(6 * sigma);
        double[] weight = new double[2 * bound + 1];
        double total = 0;
        for (int x = -bound; x <= bound; x++) {
            weight[x + bound] = Math.exp(-(double) x * x / (2 * sigma * sigma));
            total += weight[x + bound];
        }
        table = new long[2 * bound];
        double cumulative = 0;
        for (int i = 0; i < 2 * bound; i++) {
            cumulative += weight[i] / total;
            table[i] = (long) Math.min(Math.scalb(cumulative, 63), Math.scalb(1.0, 63) - 1);
        }
    }

    public double sigma() { return sigma; }

    /** Largest |x| this sampler can return. */
    public int bound() { return bound; }

    public long sample(Prng prng) {
        long r = prng.nextLong() >>> 1; // 63 uniform bits
        long x = -bound;
        for (long t : table) {
            x += ((r - t) >>> 63) ^ 1; // +1 when r >= t, computed without a branch
        }
        return x;
    }
}
