package io.aitbc.model.zkml;

/**
 * The steps of building a model's circuit artifacts, in order. Each is idempotent and is skipped when its outputs
 * exist and still match what its journal recorded (so a restarted batch job resumes where it stopped).
 */
public enum BuildStep {
    /** Write the circom main files (inference and integrity) for the model's shape. */
    GENERATE,
    /** Compile the main with circom2: .r1cs and the witness calculator .wasm. */
    COMPILE,
    /** Groth16 setup with our engine from a powers-of-tau file: .zkey and the verification key JSON. */
    SETUP,
    /** Write the immutable manifest {@code artifacts.json}: the artifact set is complete. */
    PUBLISH
}
