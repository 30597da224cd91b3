package io.aitbc.contracts.solc;

import java.util.Map;
import java.util.Objects;

/**
 * One contract as solc compiled it.
 *
 * @param name              contract name
 * @param abiJson           its ABI (JSON array)
 * @param bytecode          creation bytecode, hex without 0x (empty for interfaces and abstract contracts)
 * @param methodIdentifiers function signature -> 4-byte selector (hex), as computed by solc
 */
public record CompiledContract(String name, String abiJson, String bytecode, Map<String, String> methodIdentifiers) {
    public CompiledContract {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(abiJson, "abiJson");
        Objects.requireNonNull(bytecode, "bytecode");
        methodIdentifiers = Map.copyOf(methodIdentifiers);
    }

    /** Whether this contract can be deployed (has creation code). */
    public boolean deployable() {
        return !bytecode.isEmpty();
    }
}
