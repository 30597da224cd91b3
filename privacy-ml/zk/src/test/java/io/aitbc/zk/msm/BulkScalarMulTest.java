package io.aitbc.zk.msm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Glv;
import io.aitbc.zk.bn254.Montgomery256;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fixed-base and fixed-scalar bulk multiplication against the discrete-log reference (BigInteger). */
class BulkScalarMulTest {

    private static final BigInteger R = Fr.MODULUS;

    private static List<BigInteger> edgeAndRandomScalars(Random rnd, int randomCount) {
        List<BigInteger> s = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(15),
                BigInteger.valueOf(16), BigInteger.valueOf(17), R.subtract(BigInteger.ONE), R.subtract(BigInteger.TWO),
                R.shiftRight(1), R.shiftRight(1).add(BigInteger.ONE), BigInteger.ONE.shiftLeft(253)));
        for (int i = 0; i < randomCount; i++) {
            s.add(new BigInteger(256, rnd).mod(R));
        }
        return s;
    }

    private static long[] montgomery(List<BigInteger> scalars) {
        long[] l = new long[4 * scalars.size()];
        for (int i = 0; i < scalars.size(); i++) {
            Fr.of(scalars.get(i)).copyMontgomeryTo(l, 4 * i);
        }
        return l;
    }

    @Test
    void glvSplitRecombinesIntoShortHalvesAndPhiIsLambda() {
        Random rnd = new Random(13);
        for (int i = 0; i < 2000; i++) {
            BigInteger k = i < 5 ? BigInteger.valueOf(i) : new BigInteger(256, rnd).mod(R);
            BigInteger[] h = Glv.split(k);
            assertEquals(k, h[0].add(h[1].multiply(Glv.LAMBDA)).mod(R));
            assertTrue(h[0].abs().bitLength() <= 128 && h[1].abs().bitLength() <= 128, k.toString());
        }
        G1Point p = G1Point.GENERATOR.multiply(BigInteger.valueOf(987654321));
        assertEquals(p.multiply(Glv.LAMBDA), Glv.phi(p));
    }

    @Test
    void fixedBaseG1AndG2MatchReference() {
        List<BigInteger> scalars = edgeAndRandomScalars(new Random(11), 400);
        long[] g1 = new long[8], g2 = new long[16];
        G1Point.GENERATOR.writeAffineLimbs(g1, 0);
        G2Point.GENERATOR.writeAffineLimbs(g2, 0);
        long[] out1 = new FixedBaseMul(Curves::g1Ops, g1).multiplyAll(montgomery(scalars), scalars.size());
        long[] out2 = new FixedBaseMul(Curves::g2Ops, g2).multiplyAll(montgomery(scalars.subList(0, 60)), 60);
        for (int i = 0; i < scalars.size(); i++) {
            BigInteger k = scalars.get(i);
            assertEquals(G1Point.GENERATOR.multiply(k), G1Point.fromAffineLimbs(out1, 8 * i), "k=" + k);
            if (i < 60) {
                assertEquals(G2Point.GENERATOR.multiply(k), G2Point.fromAffineLimbs(out2, 16 * i), "k=" + k);
            }
        }
    }

    @Test
    void fixedScalarMatchesReferenceIncludingInfinityInputs() {
        Random rnd = new Random(12);
        int count = 300;
        List<BigInteger> logs = new ArrayList<>();
        long[] points = new long[8 * count];
        for (int i = 0; i < count; i++) {
            BigInteger log = i % 97 == 0 ? BigInteger.ZERO : new BigInteger(256, rnd).mod(R);
            logs.add(log);
            G1Point.GENERATOR.multiply(log).writeAffineLimbs(points, 8 * i);
        }
        List<BigInteger> scalars = edgeAndRandomScalars(rnd, 2);
        scalars.add(Glv.LAMBDA);                       // k2 = 1, k1 = 0
        scalars.add(Glv.LAMBDA.add(BigInteger.ONE));   // both halves small
        scalars.add(R.subtract(Glv.LAMBDA));
        for (BigInteger k : scalars) {
            long[] out = FixedScalarMul.multiplyAllG1(points, count, Montgomery256.toLimbs(k));
            for (int i = 0; i < count; i += 7) {
                assertEquals(G1Point.GENERATOR.multiply(logs.get(i).multiply(k).mod(R)), G1Point.fromAffineLimbs(out, 8 * i),
                        "k=" + k + " i=" + i);
            }
        }
    }
}
