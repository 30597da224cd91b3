package io.aitbc.contracts.solc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.contracts.process.ExternalCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pinned Solidity compiler (solcjs from contracts/package-lock.json) run through
 * {@code contracts/scripts/solc-compile.js}, with the same settings as the build uses for the platform contracts.
 * Used for contracts generated at run time, such as Groth16 verifiers exported for a verification key.
 */
public final class SolcJs {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private final Path contractsDir;
    private final String nodeExecutable;

    /**
     * @param contractsDir   the contracts folder, whose node_modules holds solc (installed by its Maven build)
     * @param nodeExecutable the Node.js program, "node" to take it from the PATH
     */
    public SolcJs(Path contractsDir, String nodeExecutable) {
        this.contractsDir = contractsDir.toAbsolutePath();
        this.nodeExecutable = nodeExecutable;
        if (!Files.isDirectory(this.contractsDir.resolve("node_modules/solc"))) {
            throw new IllegalArgumentException("no solc in " + this.contractsDir
                    + "/node_modules: build the contracts module first (mvn -pl contracts -am verify)");
        }
    }

    /**
     * Compiles the given sources (their own imports resolve beside them or in node_modules) and returns every
     * contract they define, by name. Files named {@code <Name>.abi}/{@code <Name>.bin} are written to outDir too.
     *
     * @throws IOException with the compiler's messages when the sources do not compile
     */
    public Map<String, CompiledContract> compile(Path outDir, List<Path> sources) throws IOException {
        if (sources.isEmpty()) throw new IllegalArgumentException("no Solidity sources given");
        List<String> command = new ArrayList<>(List.of(nodeExecutable,
                contractsDir.resolve("scripts/solc-compile.js").toString(), outDir.toAbsolutePath().toString()));
        sources.forEach(s -> command.add(s.toAbsolutePath().toString()));
        new ExternalCommand(command, contractsDir, TIMEOUT, Map.of()).runChecked();
        return readCombined(outDir.resolve("contracts.json"));
    }

    private static Map<String, CompiledContract> readCombined(Path combinedJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(combinedJson.toFile());
        Map<String, CompiledContract> contracts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode c = entry.getValue();
            Map<String, String> selectors = new LinkedHashMap<>();
            c.get("methodIdentifiers").properties().forEach(m -> selectors.put(m.getKey(), m.getValue().asText()));
            contracts.put(entry.getKey(), new CompiledContract(entry.getKey(),
                    json.writeValueAsString(c.get("abi")), c.get("bin").asText(), selectors));
        }
        return contracts;
    }
}
