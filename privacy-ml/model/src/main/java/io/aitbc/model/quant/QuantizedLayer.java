package io.aitbc.model.quant;

import io.aitbc.model.ir.Shape;

/**
 * One layer of a quantized model with the integer semantics of docs/ZKML-SPEC.md §2. Sealed, so that the
 * quantized reference, the canonical architecture JSON and the circuit generator switch over it exhaustively.
 */
public sealed interface QuantizedLayer permits QLinear, QAveragePool, QRelu, QSquare, QReshape {

    Shape inputShape();

    Shape outputShape();

    /** The operator name of the canonical architecture JSON. */
    String op();
}
