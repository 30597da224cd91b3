package io.aitbc.client.cli.fhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.client.cli.AitbcCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aitbc fhe commands on real files: keygen, encrypt (public and secret key), decrypt, errors. */
class FheCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ckksRoundTripThroughFiles() throws Exception {
        Path keys = dir.resolve("keys");
        assertEquals(0, AitbcCli.execute("fhe", "keygen", "--params", "ckks-8192", "--rotations", "1", "--out", keys.toString()));
        for (String f : new String[] {"params.fhe", "secret.key", "public.key", "evaluation.keys"}) {
            assertTrue(Files.size(keys.resolve(f)) > 0, f);
        }
        Path in = dir.resolve("x.json");
        Files.writeString(in, "[0.5, -1.25, 3.0, 1e-3]");
        for (String key : new String[] {"public.key", "secret.key"}) {
            Path ct = dir.resolve(key + ".ct");
            Path out = dir.resolve(key + ".json");
            assertEquals(0, AitbcCli.execute("fhe", "encrypt", "--params", keys.resolve("params.fhe").toString(),
                    "--key", keys.resolve(key).toString(), "--in", in.toString(), "--out", ct.toString()));
            assertEquals(0, AitbcCli.execute("fhe", "decrypt", "--params", keys.resolve("params.fhe").toString(),
                    "--key", keys.resolve("secret.key").toString(), "--in", ct.toString(), "--out", out.toString(), "--count", "4"));
            double[] got = JSON.readValue(out.toFile(), double[].class);
            assertEquals(4, got.length);
            double[] expected = {0.5, -1.25, 3.0, 1e-3};
            for (int i = 0; i < 4; i++) assertEquals(expected[i], got[i], 1e-5);
        }
        assertTrue(Files.size(dir.resolve("secret.key.ct")) < Files.size(dir.resolve("public.key.ct")) * 0.6);
        assertEquals(0, AitbcCli.execute("fhe", "info", dir.resolve("public.key.ct").toString()));
    }

    @Test
    void bfvIntegersRoundTrip() throws Exception {
        Path keys = dir.resolve("bfv");
        assertEquals(0, AitbcCli.execute("fhe", "keygen", "--params", "bfv-8192", "--out", keys.toString()));
        Path in = dir.resolve("v.json");
        Files.writeString(in, "[1, -2, 30000, 0, 65536]");
        Path ct = dir.resolve("v.ct");
        Path out = dir.resolve("v.out.json");
        assertEquals(0, AitbcCli.execute("fhe", "encrypt", "--params", keys.resolve("params.fhe").toString(),
                "--key", keys.resolve("public.key").toString(), "--in", in.toString(), "--out", ct.toString()));
        assertEquals(0, AitbcCli.execute("fhe", "decrypt", "--params", keys.resolve("params.fhe").toString(),
                "--key", keys.resolve("secret.key").toString(), "--in", ct.toString(), "--out", out.toString(), "--count", "5"));
        long[] got = JSON.readValue(out.toFile(), long[].class);
        // 65536 = -1 mod 65537: values are returned centered
        assertEquals("[1, -2, 30000, 0, -1]", java.util.Arrays.toString(got));
    }

    @Test
    void badInputsFailWithExitCode2AndLeaveNoOutput() throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, AitbcCli.execute("fhe", "keygen", "--params", "ckks-8192", "--out", a.toString()));
        assertEquals(0, AitbcCli.execute("fhe", "keygen", "--params", "ckks-16384", "--out", b.toString()));
        Path in = dir.resolve("x.json");
        Files.writeString(in, "[1, 2]");
        Path ct = dir.resolve("x.ct");
        assertEquals(0, AitbcCli.execute("fhe", "encrypt", "--params", a.resolve("params.fhe").toString(),
                "--key", a.resolve("public.key").toString(), "--in", in.toString(), "--out", ct.toString()));
        Path out = dir.resolve("never.json");
        // ciphertext of set a with parameters and key of set b
        assertEquals(2, AitbcCli.execute("fhe", "decrypt", "--params", b.resolve("params.fhe").toString(),
                "--key", b.resolve("secret.key").toString(), "--in", ct.toString(), "--out", out.toString()));
        // truncated ciphertext
        byte[] bytes = Files.readAllBytes(ct);
        Path cut = dir.resolve("cut.ct");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(2, AitbcCli.execute("fhe", "decrypt", "--params", a.resolve("params.fhe").toString(),
                "--key", a.resolve("secret.key").toString(), "--in", cut.toString(), "--out", out.toString()));
        // a public key where the secret key is needed
        assertEquals(2, AitbcCli.execute("fhe", "decrypt", "--params", a.resolve("params.fhe").toString(),
                "--key", a.resolve("public.key").toString(), "--in", ct.toString(), "--out", out.toString()));
        // not JSON, too many values, unknown preset
        Files.writeString(in, "{\"x\": 1}");
        assertEquals(2, AitbcCli.execute("fhe", "encrypt", "--params", a.resolve("params.fhe").toString(),
                "--key", a.resolve("public.key").toString(), "--in", in.toString(), "--out", dir.resolve("y.ct").toString()));
        assertEquals(2, AitbcCli.execute("fhe", "keygen", "--params", "ckks-1234", "--out", dir.resolve("z").toString()));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("y.ct")));
    }
}
