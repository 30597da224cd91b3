package io.aitbc.zk.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.testutil.NodeToolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark's directly written chain circuit: snarkjs reads it and finds the witness correct. */
class ChainCircuitTest {

    @Test
    void snarkjsAcceptsConstraintsAndWitness() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "chain-circuit").toAbsolutePath());
        Path r1cs = dir.resolve("chain.r1cs"), wtns = dir.resolve("chain.wtns");
        ChainCircuit.main(new String[] {"62", r1cs.toString(), wtns.toString(), "5"});
        String out = NodeToolchain.snarkjs("wtns", "check", r1cs.toString(), wtns.toString());
        assertTrue(out.contains("WITNESS IS CORRECT"), out);
        String info = NodeToolchain.snarkjs("r1cs", "info", r1cs.toString());
        assertTrue(info.contains("# of Constraints: 62") && info.contains("# of Wires: 64") && info.contains("# of Outputs: 1"), info);
    }
}
