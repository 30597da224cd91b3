package io.aitbc.zk.solidity;

import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.formats.ZkFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shape of the generated source and input checks. Whether the contract verifies exactly like snarkjs's is checked on
 * a real EVM in contracts/ (ExportedVerifierCrossCheckTest).
 */
class SolidityVerifierExporterTest {

    private static VerificationKey key(int nPublic) {
        List<G1Point> ic = IntStream.rangeClosed(0, nPublic)
                .mapToObj(i -> G1Point.GENERATOR.multiply(BigInteger.valueOf(100 + i))).toList();
        return new VerificationKey(nPublic, G1Point.GENERATOR.multiply(BigInteger.valueOf(7)),
                G2Point.GENERATOR.multiply(BigInteger.valueOf(11)), G2Point.GENERATOR,
                G2Point.GENERATOR.multiply(BigInteger.valueOf(13)), ic);
    }

    @Test
    void theContractHoldsEveryKeyPointInPrecompileOrderAndOneStepPerSignal() {
        VerificationKey vk = key(3);
        String source = SolidityVerifierExporter.export(vk, "ModelVerifier");

        assertTrue(source.contains("contract ModelVerifier {"));
        assertTrue(source.contains("uint256[3] calldata pubSignals"));
        assertEquals(3, source.split("if \\(pubSignals\\[", -1).length - 1);
        for (int i = 0; i <= 3; i++) {
            assertTrue(source.contains("IC" + i + "_X = " + vk.ic().get(i).x().toBigInteger() + ";"), "IC" + i);
        }
        // G2: imaginary part first, as EIP-197 reads it
        assertTrue(source.contains("BETA_X_IM = " + vk.beta2().x().c1().toBigInteger() + ";"));
        assertTrue(source.contains("BETA_X_RE = " + vk.beta2().x().c0().toBigInteger() + ";"));
    }

    @Test
    void badInputsAreRefusedClearly(@TempDir Path dir) throws Exception {
        assertThrows(IllegalArgumentException.class, () -> SolidityVerifierExporter.export(key(2), "not a name"));
        assertThrows(IllegalArgumentException.class, () -> SolidityVerifierExporter.export(key(0)));

        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"protocol\":\"groth16\"");
        assertThrows(ZkFormatException.class, () -> VerificationKeyFiles.read(garbage));
        assertThrows(ZkFormatException.class, () -> VerificationKeyFiles.read(dir.resolve("missing.zkey")));
        Path truncatedZkey = Files.write(dir.resolve("t.zkey"), new byte[] {'z', 'k', 'e', 'y', 1});
        assertThrows(ZkFormatException.class, () -> VerificationKeyFiles.read(truncatedZkey));
    }

    @Test
    void aVerificationKeyJsonReadsBackToTheSameExport(@TempDir Path dir) throws Exception {
        VerificationKey vk = key(2);
        Path json = dir.resolve("verification_key.json");
        SnarkjsJson.write(json, vk);
        assertEquals(SolidityVerifierExporter.export(vk), SolidityVerifierExporter.export(VerificationKeyFiles.read(json)));
    }
}
