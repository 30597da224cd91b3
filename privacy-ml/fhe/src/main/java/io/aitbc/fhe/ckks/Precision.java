package io.aitbc.fhe.ckks;

/**
 * Precision of decrypted CKKS values against the exact ones: bits = -log2(|error|), reported as the
 * worst slot (minBits), the mean absolute error in bits (meanBits) and the largest absolute error.
 */
public record Precision(double minBits, double meanBits, double maxError) {

    public static Precision of(double[] expected, double[] actual) {
        if (actual.length < expected.length) throw new IllegalArgumentException("fewer actual values than expected");
        double max = 0, sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = Math.abs(expected[i] - actual[i]);
            max = Math.max(max, e);
            sum += e;
        }
        double mean = sum / Math.max(1, expected.length);
        return new Precision(bits(max), bits(mean), max);
    }

    private static double bits(double error) {
        return error == 0 ? 64 : -Math.log(error) / Math.log(2);
    }

    @Override
    public String toString() {
        return String.format("min %.1f bits, mean %.1f bits (max error %.3g)", minBits, meanBits, maxError);
    }
}
