package io.aitbc.model.zkml;

import java.time.Duration;

/**
 * Progress of a circuit build: a step started, produced a line of tool output (circom's messages), was skipped
 * because its outputs already check out, or finished (with its duration).
 */
public record BuildEvent(CircuitKind circuit, BuildStep step, Type type, String message, Duration elapsed) {

    public enum Type { STARTED, OUTPUT, SKIPPED, FINISHED }

    @Override
    public String toString() {
        return circuit.baseName() + " " + step + " " + type + (message.isEmpty() ? "" : ": " + message)
                + (type == Type.FINISHED ? String.format(" (%.1f s)", elapsed.toMillis() / 1000.0) : "");
    }
}
