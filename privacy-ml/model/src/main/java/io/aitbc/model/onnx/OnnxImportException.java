package io.aitbc.model.onnx;

/** An ONNX file that cannot be turned into a model: corrupted, malformed, or outside what the IR expresses. */
public class OnnxImportException extends RuntimeException {

    public OnnxImportException(String message) {
        super(message);
    }

    public OnnxImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
