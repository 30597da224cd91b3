package io.aitbc.model.ir;

/**
 * One step of a model: a pure function from a tensor of {@link #inputShape()} to one of
 * {@link #outputShape()}. Every layer carries its own shapes so that compilers (FHE packing, circuit
 * generation) can work layer by layer without re-deriving them; {@link Model} checks that they chain.
 * The hierarchy is sealed: back ends switch over it exhaustively.
 */
public sealed interface Layer permits LinearLayer, AveragePool, Flatten, Reshape, Relu, Square, Polynomial {

    Shape inputShape();

    Shape outputShape();

    /** A short lower-case operator name, as used in the canonical architecture JSON and in messages. */
    String op();
}
