package io.aitbc.model.zkml;

/**
 * circom's constraint simplification for a build. {@code --O2} substitutes every linear constraint away (fewer
 * constraints and wires, but the substituted sums carry large coefficients, e.g. the 2^(8i) of weight packing into the
 * Poseidon rounds); {@code --O1} keeps linear constraints that are not trivial equalities (more constraints, coefficients
 * stay small). Which is cheaper end to end is measured in docs/BENCHMARKS.md (zkML section).
 */
public enum CircomOptimization {
    O1("--O1"), O2("--O2");

    private final String flag;

    CircomOptimization(String flag) {
        this.flag = flag;
    }

    public String flag() {
        return flag;
    }
}
