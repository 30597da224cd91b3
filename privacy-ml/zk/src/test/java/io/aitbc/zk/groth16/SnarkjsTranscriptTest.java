package io.aitbc.zk.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.testutil.NodeToolchain;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hash-to-G2 of contribution transcripts against ffjavascript's G2.fromRng(ChaCha(seed)), which snarkjs uses. */
class SnarkjsTranscriptTest {

    private static final String FFJS_FROM_RNG = """
            const ff = require("ffjavascript");
            (async () => {
              const curve = await ff.buildBn128(true);
              const out = [];
              for (const arg of process.argv.slice(-SEEDS)) {
                const seed = arg.split(",").map(Number);
                const p = curve.G2.toObject(curve.G2.toAffine(curve.G2.fromRng(new ff.ChaCha(seed))));
                out.push([p[0][0], p[0][1], p[1][0], p[1][1]].map(String).join(","));
              }
              console.log(out.join(";"));
              await curve.terminate();
            })();
            """;

    @Test
    void circuitHashCoversThePointsSnarkjsReads() {
        // n - 1 up to 2^14 + 1; whole chunks of 2^14 beyond; never past the ptau's tau G1 section
        assertEquals(1023, CircuitHash.hashedVanishingPoints(1 << 10, (1 << 11) - 1));
        assertEquals(1 << 14, CircuitHash.hashedVanishingPoints((1 << 14) + 1, (1 << 16) - 1));
        assertEquals(1 << 15, CircuitHash.hashedVanishingPoints(1 << 15, (1 << 17) - 1));
        assertEquals((1 << 16) - 1, CircuitHash.hashedVanishingPoints(1 << 16, (1 << 17) - 1));
    }

    @Test
    void hashToG2MatchesFfjavascript() {
        SecureRandom rnd = new SecureRandom();
        List<byte[]> transcripts = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] t = new byte[64];
            rnd.nextBytes(t);
            transcripts.add(t);
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                long word = ((t[4 * w] & 0xffL) << 24) | ((t[4 * w + 1] & 0xff) << 16) | ((t[4 * w + 2] & 0xff) << 8) | (t[4 * w + 3] & 0xff);
                words.add(Long.toString(word));
            }
            seeds.add(String.join(",", words));
        }
        String[] expected = NodeToolchain.nodeEval(FFJS_FROM_RNG.replace("SEEDS", Integer.toString(seeds.size())), seeds.toArray(String[]::new)).trim().split(";");
        for (int i = 0; i < transcripts.size(); i++) {
            G2Point p = HashToG2.hash(transcripts.get(i));
            String ours = String.join(",", p.x().c0().toString(), p.x().c1().toString(), p.y().c0().toString(), p.y().c1().toString());
            assertEquals(expected[i], ours, "seed " + seeds.get(i));
        }
    }
}
