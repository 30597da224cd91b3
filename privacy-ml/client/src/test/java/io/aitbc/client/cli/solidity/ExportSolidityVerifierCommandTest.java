package io.aitbc.client.cli.solidity;

import io.aitbc.client.cli.AitbcCli;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.solidity.SolidityVerifierExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The command line around the exporter (the exporter itself is cross-checked with snarkjs on an EVM in contracts/). */
class ExportSolidityVerifierCommandTest {

    @Test
    void writesTheExportersContractForAVerificationKeyJson(@TempDir Path dir) throws Exception {
        VerificationKey vk = new VerificationKey(1, G1Point.GENERATOR, G2Point.GENERATOR,
                G2Point.GENERATOR.multiply(BigInteger.TWO), G2Point.GENERATOR.multiply(BigInteger.TEN),
                List.of(G1Point.GENERATOR.multiply(BigInteger.valueOf(3)), G1Point.GENERATOR.multiply(BigInteger.valueOf(5))));
        Path json = dir.resolve("verification_key.json");
        SnarkjsJson.write(json, vk);
        Path out = dir.resolve("Verifier.sol");

        int code = AitbcCli.execute("zkey", "export", "solidityverifier", json.toString(), out.toString(),
                "--contract-name", "ReceiptVerifier");

        assertEquals(0, code);
        assertEquals(SolidityVerifierExporter.export(vk, "ReceiptVerifier"), Files.readString(out));
    }

    @Test
    void aMalformedKeyFailsWithExitCode1AndWritesNothing(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("vk.json"), "not json");
        Path out = dir.resolve("Verifier.sol");

        assertEquals(1, AitbcCli.execute("zkey", "export", "solidityverifier", json.toString(), out.toString()));
        assertFalse(Files.exists(out));
    }
}
