package io.aitbc.model.onnx;

import java.util.List;

/** The graph uses operators the importer does not handle; {@link #operators()} names them. */
public final class UnsupportedOperatorException extends OnnxImportException {
    private final List<String> operators;

    public UnsupportedOperatorException(List<String> operators, String details) {
        super("unsupported ONNX operator(s): " + String.join(", ", operators) + " (" + details + ")");
        this.operators = List.copyOf(operators);
    }

    public List<String> operators() {
        return operators;
    }
}
