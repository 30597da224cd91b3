package io.aitbc.model.ir;

/**
 * An affine layer with parameters ({@link Dense}, {@link Conv2d}): {@code y = W x + b}, one bias per output
 * channel. Normalizations and constant additions that follow it are folded into it with
 * {@link #withChannelAffine}.
 */
public sealed interface LinearLayer extends Layer permits Dense, Conv2d {

    RealTensor weights();

    /** One value per output channel. */
    RealTensor bias();

    int outputChannels();

    /** Number of products summed into one output (the fan-in). */
    int fanIn();

    /**
     * The same layer followed by {@code y_c -> scale[c] * y_c + shift[c]} per output channel, as one layer
     * (used to fold BatchNormalization and bias additions).
     */
    LinearLayer withChannelAffine(double[] scale, double[] shift);

    /** Scales weights and bias of output channel {@code c} by {@code scale[c]} and adds {@code shift[c]} to the bias. */
    static double[][] foldAffine(RealTensor weights, RealTensor bias, double[] scale, double[] shift) {
        int channels = bias.size();
        if (scale.length != channels || shift.length != channels) {
            throw new IllegalArgumentException("per-channel affine needs " + channels + " values, got "
                    + scale.length + " and " + shift.length);
        }
        int perChannel = weights.size() / channels;
        double[] w = weights.toArray();
        double[] b = bias.toArray();
        for (int c = 0; c < channels; c++) {
            for (int i = c * perChannel; i < (c + 1) * perChannel; i++) {
                w[i] *= scale[c];
            }
            b[c] = b[c] * scale[c] + shift[c];
        }
        return new double[][] {w, b};
    }
}
