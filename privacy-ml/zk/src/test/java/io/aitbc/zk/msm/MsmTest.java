package io.aitbc.zk.msm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MSM against the discrete-log reference: with bases P_i = k_i G, sum s_i P_i must equal
 * (sum s_i k_i mod r) G, computed with BigInteger. Covers the scalars circom witnesses are full of
 * (0, 1, small, r - small), random ones, repeated and opposite bases, and infinity.
 */
class MsmTest {

    private static final BigInteger R = Fr.MODULUS;

    private record Case(List<BigInteger> logs, List<BigInteger> scalars) {
        BigInteger expectedLog() {
            BigInteger sum = BigInteger.ZERO;
            for (int i = 0; i < logs.size(); i++) {
                sum = sum.add(logs.get(i).multiply(scalars.get(i)));
            }
            return sum.mod(R);
        }

        long[] scalarLimbs() {
            long[] s = new long[4 * scalars.size()];
            for (int i = 0; i < scalars.size(); i++) {
                Fr.of(scalars.get(i)).copyMontgomeryTo(s, 4 * i);
            }
            return s;
        }
    }

    private static Case randomCase(Random rnd, int n, boolean circomLike) {
        List<BigInteger> logs = new ArrayList<>(), scalars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // a few repeated and opposite bases, and some infinity (log 0)
            BigInteger k = switch (rnd.nextInt(20)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> i > 0 ? logs.get(rnd.nextInt(i)) : BigInteger.ONE;
                case 2 -> i > 0 ? R.subtract(logs.get(rnd.nextInt(i))).mod(R) : BigInteger.TWO;
                default -> new BigInteger(260, rnd).mod(R);
            };
            logs.add(k);
            BigInteger s = !circomLike ? new BigInteger(256, rnd).mod(R) : switch (rnd.nextInt(6)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> BigInteger.ONE;
                case 2 -> BigInteger.valueOf(rnd.nextInt(1 << 20));
                case 3 -> R.subtract(BigInteger.valueOf(rnd.nextInt(1 << 20) + 1));
                case 4 -> R.subtract(BigInteger.ONE);
                default -> new BigInteger(256, rnd).mod(R);
            };
            scalars.add(s);
        }
        return new Case(logs, scalars);
    }

    private static long[] g1Bases(List<BigInteger> logs) {
        long[] b = new long[8 * logs.size()];
        for (int i = 0; i < logs.size(); i++) {
            G1Point.GENERATOR.multiply(logs.get(i)).writeAffineLimbs(b, 8 * i);
        }
        return b;
    }

    private static long[] g2Bases(List<BigInteger> logs) {
        long[] b = new long[16 * logs.size()];
        for (int i = 0; i < logs.size(); i++) {
            G2Point.GENERATOR.multiply(logs.get(i)).writeAffineLimbs(b, 16 * i);
        }
        return b;
    }

    private static G1Point g1Msm(Case c) {
        return G1Point.fromJacobian(Msm.multiExp(Curves::g1Ops, g1Bases(c.logs()), c.scalarLimbs(), c.logs().size()), 0);
    }

    @Test
    void g1MatchesReferenceForManySizes() {
        Random rnd = new Random(7);
        for (int n : new int[] {0, 1, 2, 3, 7, 31, 100, 1500}) {
            for (boolean circomLike : new boolean[] {false, true}) {
                Case c = randomCase(rnd, n, circomLike);
                assertEquals(G1Point.GENERATOR.multiply(c.expectedLog()), g1Msm(c), "n=" + n + " circomLike=" + circomLike);
            }
        }
    }

    @Test
    void g2MatchesReference() {
        Random rnd = new Random(8);
        for (int n : new int[] {1, 5, 64, 200}) {
            Case c = randomCase(rnd, n, n % 2 == 0);
            long[] r = Msm.multiExp(Curves::g2Ops, g2Bases(c.logs()), c.scalarLimbs(), n);
            assertEquals(G2Point.GENERATOR.multiply(c.expectedLog()), G2Point.fromJacobian(r, 0), "n=" + n);
        }
    }

    @Test
    void bucketsWithOnlyEqualOrOppositePointsDoubleAndCancel() {
        // same point and scalar many times: every bucket addition is a doubling; with its negation: cancels
        int n = 257;
        List<BigInteger> logs = new ArrayList<>(), scalars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            logs.add(i % 3 == 2 ? R.subtract(BigInteger.valueOf(5)) : BigInteger.valueOf(5));
            scalars.add(BigInteger.valueOf(12345));
        }
        Case c = new Case(logs, scalars);
        assertEquals(G1Point.GENERATOR.multiply(c.expectedLog()), g1Msm(c));
        Case allOnes = new Case(logs, java.util.Collections.nCopies(n, BigInteger.ONE));
        assertEquals(G1Point.GENERATOR.multiply(allOnes.expectedLog()), g1Msm(allOnes));
    }

    @Test
    void windowSizeGrowsWithTermsAndShrinksForSmallScalars() {
        int big = Msm.windowBits(histogram(253, 1 << 20), 253);
        int small = Msm.windowBits(histogram(253, 1 << 10), 253);
        int bits = Msm.windowBits(histogram(1, 1 << 20), 1);
        assertTrue(big > small, big + " vs " + small);
        assertTrue(bits <= 2, "c = " + bits + " for one-bit scalars");
    }

    private static long[] histogram(int bits, long count) {
        long[] h = new long[257];
        h[bits] = count;
        return h;
    }
}
