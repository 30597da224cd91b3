package io.aitbc.client.cli.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.aitbc.client.cli.AitbcCli;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.WitnessFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snarkjs-like commands end to end on a one-constraint circuit x * x = y (y public). */
class ZkCommandsTest {

    @TempDir
    Path dir;

    private static long[] mont(long v) {
        long[] l = new long[4];
        Fr.of(v).copyMontgomeryTo(l, 0);
        return l;
    }

    @Test
    void setupProveVerifyAndRejectTampering() throws Exception {
        // wires: 0 = one, 1 = y (public output), 2 = x (private input); constraint x * x = y
        R1cs.Matrix a = new R1cs.Matrix(new int[] {0, 1}, new int[] {2}, mont(1));
        R1cs.Matrix b = new R1cs.Matrix(new int[] {0, 1}, new int[] {2}, mont(1));
        R1cs.Matrix c = new R1cs.Matrix(new int[] {0, 1}, new int[] {1}, mont(1));
        Path r1cs = dir.resolve("sq.r1cs");
        new R1cs(3, 1, 0, 1, 3, 1, a, b, c).write(r1cs);
        Path wtns = dir.resolve("sq.wtns");
        WitnessFile.of(List.of(BigInteger.ONE, BigInteger.valueOf(49), BigInteger.valueOf(7))).write(wtns);
        Path ptau = dir.resolve("pot3.ptau"), zkey = dir.resolve("sq.zkey"), vkey = dir.resolve("vkey.json");
        Path proof = dir.resolve("proof.json"), pub = dir.resolve("public.json");

        assertEquals(0, AitbcCli.execute("powersoftau", "new", "3", ptau.toString()));
        assertEquals(0, AitbcCli.execute("groth16", "setup", r1cs.toString(), ptau.toString(), zkey.toString()));
        assertEquals(0, AitbcCli.execute("zkey", "export", "verificationkey", zkey.toString(), vkey.toString()));
        assertEquals(0, AitbcCli.execute("groth16", "prove", zkey.toString(), wtns.toString(), proof.toString(), pub.toString()));
        assertEquals(0, AitbcCli.execute("groth16", "verify", vkey.toString(), pub.toString(), proof.toString()));

        Files.writeString(pub, "[\"50\"]");
        assertEquals(1, AitbcCli.execute("groth16", "verify", vkey.toString(), pub.toString(), proof.toString()));
        Files.writeString(proof, "{\"pi_a\": [\"1\", \"3\", \"1\"]}");
        assertEquals(2, AitbcCli.execute("groth16", "verify", vkey.toString(), pub.toString(), proof.toString()));
        Files.write(zkey, new byte[] {'z', 'k', 'e', 'y', 1, 0, 0, 0});
        assertNotEquals(0, AitbcCli.execute("zkey", "export", "verificationkey", zkey.toString(), vkey.toString()));
    }
}
