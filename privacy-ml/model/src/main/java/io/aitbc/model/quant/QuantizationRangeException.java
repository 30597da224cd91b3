package io.aitbc.model.quant;

/** A value outside the fixed-point range of the spec: an input the quantized model cannot represent. */
public final class QuantizationRangeException extends RuntimeException {

    public QuantizationRangeException(String message) {
        super(message);
    }
}
