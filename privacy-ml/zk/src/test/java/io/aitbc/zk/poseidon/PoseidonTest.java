package io.aitbc.zk.poseidon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.testutil.NodeToolchain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoseidonTest {

    @Test
    void knownAnswerFromCircomlibjs() {
        assertEquals(new BigInteger("14763215145315200506921711489642608356394854266165572616578112107564877678998"),
                Poseidon.hash(BigInteger.valueOf(3), BigInteger.valueOf(4)));
    }

    @Test
    void fieldElementVariantAgrees() {
        assertEquals(Poseidon.hash(BigInteger.ONE, BigInteger.TWO, BigInteger.TEN),
                Poseidon.hash(Fr.of(1), Fr.of(2), Fr.of(10)).toBigInteger());
    }

    @Test
    void rejectsBadArity() {
        assertThrows(IllegalArgumentException.class, () -> Poseidon.hash(new BigInteger[0]));
        assertThrows(IllegalArgumentException.class, () -> Poseidon.hash(new BigInteger[17]));
    }

    @Test
    void rejectsNonCanonicalInputs() {
        assertThrows(IllegalArgumentException.class, () -> Poseidon.hash(Fr.MODULUS));
        assertThrows(IllegalArgumentException.class, () -> Poseidon.hash(BigInteger.ONE.negate()));
    }

    /** Every width 1..16 on random inputs (plus zeros and r-1), against circomlibjs's optimized poseidon. */
    @Test
    void matchesCircomlibjsForAllWidths() {
        Random rnd = new Random(42);
        List<List<BigInteger>> cases = new ArrayList<>();
        for (int n = 1; n <= Poseidon.MAX_INPUTS; n++) {
            for (int k = 0; k < 3; k++) {
                List<BigInteger> in = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    in.add(switch (k) {
                        case 0 -> BigInteger.ZERO;
                        case 1 -> Fr.MODULUS.subtract(BigInteger.valueOf(i + 1));
                        default -> new BigInteger(260, rnd).mod(Fr.MODULUS);
                    });
                }
                cases.add(in);
            }
        }
        StringBuilder json = new StringBuilder("[");
        for (List<BigInteger> c : cases) {
            json.append(json.length() > 1 ? "," : "").append('[');
            for (int i = 0; i < c.size(); i++) {
                json.append(i > 0 ? "," : "").append('"').append(c.get(i)).append('"');
            }
            json.append(']');
        }
        json.append(']');
        String out = NodeToolchain.nodeEval("""
                const { buildPoseidon } = require('circomlibjs');
                (async () => {
                  const p = await buildPoseidon();
                  const cases = JSON.parse(process.argv[process.argv.length - 1]);
                  for (const c of cases) console.log(p.F.toString(p(c.map(BigInt))));
                  process.exit(0);
                })();
                """, json.toString());
        String[] lines = out.trim().split("\\s+");
        assertEquals(cases.size(), lines.length, out);
        for (int i = 0; i < cases.size(); i++) {
            BigInteger[] in = cases.get(i).toArray(BigInteger[]::new);
            assertEquals(new BigInteger(lines[i]), Poseidon.hash(in), "width " + (in.length + 1));
        }
    }
}
