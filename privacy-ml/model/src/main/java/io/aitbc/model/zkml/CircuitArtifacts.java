package io.aitbc.model.zkml;

import java.nio.file.Path;

/**
 * One compiled and set-up circuit of a model: the main source, constraint system, witness calculator, proving key
 * and verification key (snarkjs formats), with its size and what building it cost.
 *
 * @param constraints        R1CS constraints (after circom's --O2 simplification)
 * @param wires              R1CS wires (the witness length)
 * @param publicSignals      public outputs + public inputs
 * @param domainLog          log2 of the Groth16 evaluation domain (the powers of tau must be at least this)
 * @param ptauFile           name of the powers-of-tau file the key was set up from
 * @param ptauUnsafe         true for a development powers of tau (single party): keys are forgeable, tests only
 * @param compileSeconds     circom2 wall time
 * @param compilePeakBytes   circom2 peak resident memory (-1 if unknown)
 * @param setupSeconds       Groth16 setup (our engine) wall time, including writing the key
 */
public record CircuitArtifacts(CircuitKind kind, Path main, Path r1cs, Path wasm, Path zkey, Path verificationKey,
                               int constraints, int wires, int publicSignals, int domainLog, String ptauFile, int ptauPower,
                               boolean ptauUnsafe, double compileSeconds, long compilePeakBytes, double setupSeconds) {
}
