package io.aitbc.model.quant;

/**
 * A quantized Dense or Conv2d: {@code acc = b + sum W x}, {@code y = floor(acc / 2^fW)}. Weights have
 * {@code fW} fractional bits ({@code bW} wide), biases {@code fA + fW} ({@code bB} wide).
 */
public sealed interface QLinear extends QuantizedLayer permits QDense, QConv2d {

    IntTensor weights();

    IntTensor bias();

    /** {@code fW[l]}: fractional bits of the weights, and the rescale shift of the accumulator. */
    int weightFractionBits();

    /** Number of products summed into one output. */
    int fanIn();
}
