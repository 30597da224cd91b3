package io.aitbc.zk.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZkFormatException;
import io.aitbc.zk.testutil.CircuitFixture;
import io.aitbc.zk.testutil.NodeToolchain;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WitnessCalculatorTest {

    @Test
    void sameWitnessAsSnarkjsAndFileRoundTrip() throws Exception {
        CircuitFixture fx = CircuitFixture.get();
        Path theirs = fx.file("wc_snarkjs.wtns");
        NodeToolchain.snarkjs("wtns", "calculate", fx.wasm.toString(), fx.input.toString(), theirs.toString());
        WitnessFile ours = CircomWasmWitnessCalculator.load(fx.wasm).calculate(CircuitInputs.read(fx.input));
        assertEquals(WitnessFile.read(theirs).values(), ours.values());
        Path mine = fx.file("wc_ours.wtns");
        ours.write(mine);
        assertEquals(-1L, Files.mismatch(theirs, mine));
        // snarkjs accepts our file as a valid witness for the circuit
        NodeToolchain.snarkjs("wtns", "check", fx.r1cs.toString(), mine.toString());
    }

    @Test
    void rejectsBadInputs() throws Exception {
        CircomWasmWitnessCalculator wc = CircomWasmWitnessCalculator.load(CircuitFixture.get().wasm);
        BigInteger one = BigInteger.ONE;
        var e = assertThrows(WitnessCalculationException.class, () -> wc.calculate(Map.of("a", List.of(one), "nope", List.of(one))));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
        assertThrows(WitnessCalculationException.class, () -> wc.calculate(Map.of("a", List.of(one, one))));
        assertThrows(WitnessCalculationException.class, () -> wc.calculate(Map.of("a", List.of(one))));
        assertThrows(ZkFormatException.class, () -> CircuitInputs.parse("{\"a\": \"x1\"}", "t"));
        // the calculator stays usable after an error
        assertEquals(CircomWasmWitnessCalculator.fnv1a("a"), CircomWasmWitnessCalculator.fnv1a("a"));
        wc.calculate(Map.of("a", List.of(one), "b", List.of(one), "pub", List.of(one)));
    }
}
