package io.aitbc.zk.witness;

/** The circuit rejected its input (unknown signal, wrong count, failed assert, ...). */
public class WitnessCalculationException extends RuntimeException {

    public WitnessCalculationException(String message) {
        super(message);
    }

    public WitnessCalculationException(String message, Throwable cause) {
        super(message, cause);
    }
}
