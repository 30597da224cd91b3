package io.aitbc.model.hybrid;

import java.nio.charset.StandardCharsets;

/**
 * The circom main of one hybrid relation: a single instantiation of a template of
 * circuits/lib/hybrid/proofs.circom with the sizes and bounds of a parameter set (and model).
 *
 * @param name   base name of the relation ("hybrid_key", "hybrid_input", "hybrid_eval")
 * @param source the main file's text
 */
public record CircuitMain(String name, String source) {

    static CircuitMain of(String name, String template, String publicInputs, Object... arguments) {
        StringBuilder args = new StringBuilder();
        for (Object a : arguments) {
            if (!args.isEmpty()) args.append(", ");
            args.append(a);
        }
        return new CircuitMain(name, "pragma circom 2.1.5;\ninclude \"hybrid/proofs.circom\";\n"
                + "component main {public [" + publicInputs + "]} = " + template + "(" + args + ");\n");
    }

    /** SHA-256 of the source, hex. */
    public String sourceHash() {
        return Sha256.hex(source.getBytes(StandardCharsets.UTF_8));
    }
}
