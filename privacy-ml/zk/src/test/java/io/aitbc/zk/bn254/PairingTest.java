package io.aitbc.zk.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.testutil.NodeToolchain;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {

    private static String fp12(Fp12 e) {
        StringBuilder sb = new StringBuilder("[");
        for (Fp6 h : List.of(e.c0(), e.c1())) {
            sb.append(sb.length() > 1 ? "," : "").append('[');
            List<Fp2> cs = List.of(h.c0(), h.c1(), h.c2());
            for (int i = 0; i < 3; i++) {
                sb.append(i > 0 ? "," : "").append("[\"").append(cs.get(i).c0()).append("\",\"").append(cs.get(i).c1()).append("\"]");
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    @Test
    void matchesFfjavascriptPairingAndGenerators() {
        String out = NodeToolchain.nodeEval("""
                const { buildBn128 } = require('ffjavascript');
                (async () => {
                  const c = await buildBn128(true);
                  const P = c.G1.timesFr(c.G1.g, c.Fr.e(5n)), Q = c.G2.timesFr(c.G2.g, c.Fr.e(7n));
                  const e = c.pairing(c.G1.toAffine(P), c.G2.toAffine(Q));
                  const s = (o) => JSON.stringify(o, (k, v) => typeof v === 'bigint' ? v.toString() : v);
                  console.log(s(c.F12.toObject(e)));
                  console.log(s(c.G2.toObject(c.G2.toAffine(c.G2.g))));
                  process.exit(0);
                })();
                """).trim();
        String[] lines = out.split("\n");
        Fp12 ours = Pairing.pair(G1Point.GENERATOR.multiply(BigInteger.valueOf(5)), G2Point.GENERATOR.multiply(BigInteger.valueOf(7)));
        assertEquals(lines[0], fp12(ours));
        G2Point g = G2Point.GENERATOR;
        assertEquals("[[\"" + g.x().c0() + "\",\"" + g.x().c1() + "\"],[\"" + g.y().c0() + "\",\"" + g.y().c1() + "\"],[\"1\",\"0\"]]", lines[1]);
    }

    @Test
    void bilinearAndNonDegenerate() {
        BigInteger a = new BigInteger("123456789123456789123456789"), b = new BigInteger("987654321987654321");
        Fp12 e = Pairing.pair(G1Point.GENERATOR, G2Point.GENERATOR);
        assertFalse(e.isOne());
        assertTrue(e.pow(Curves.ORDER).isOne());
        Fp12 eab = Pairing.pair(G1Point.GENERATOR.multiply(a), G2Point.GENERATOR.multiply(b));
        assertEquals(e.pow(a.multiply(b)), eab);
        assertEquals(eab, Pairing.pair(G1Point.GENERATOR.multiply(a.multiply(b)), G2Point.GENERATOR));
        // e(P, Q) e(-P, Q) = 1 with a shared final exponentiation
        G1Point p = G1Point.GENERATOR.multiply(a);
        G2Point q = G2Point.GENERATOR.multiply(b);
        assertTrue(Pairing.productIsOne(List.of(p, p.negate()), List.of(Pairing.prepare(q), Pairing.prepare(q))));
        assertFalse(Pairing.productIsOne(List.of(p, p), List.of(Pairing.prepare(q), Pairing.prepare(q))));
        assertTrue(Pairing.pair(G1Point.INFINITY, q).isOne());
    }

    @Test
    void groupLawConsistency() {
        G1Point g = G1Point.GENERATOR;
        assertEquals(g.multiply(BigInteger.valueOf(3)), g.add(g).add(g));
        assertEquals(G1Point.INFINITY, g.multiply(Curves.ORDER));
        assertEquals(G1Point.INFINITY, g.add(g.negate()));
        G2Point h = G2Point.GENERATOR;
        assertEquals(h.multiply(BigInteger.valueOf(5)), h.add(h).add(h).add(h).add(h));
        assertTrue(h.multiply(BigInteger.valueOf(77)).isInSubgroup());
    }

    @Test
    void rejectsOffCurveAndNonCanonicalPoints() {
        assertThrows(IllegalArgumentException.class, () -> G1Point.of(BigInteger.ONE, BigInteger.valueOf(3)));
        assertThrows(IllegalArgumentException.class, () -> G1Point.of(BigInteger.ONE, BigInteger.TWO.add(Fp.MODULUS)));
        G2Point g = G2Point.GENERATOR;
        assertThrows(IllegalArgumentException.class, () -> G2Point.of(g.x(), g.y().add(Fp2.ONE)));
    }

    @Test
    void rejectsG2PointOutsideTheSubgroup() {
        // a twist point found by solving y^2 = x^3 + b' for small x is almost surely not of order r
        G2Point onCurve = firstTwistPoint(1);
        assertFalse(onCurve.isInSubgroup());
        assertThrows(IllegalArgumentException.class, () -> G2Point.of(onCurve.x(), onCurve.y()));
    }

    @Test
    void cyclotomicSquaringEqualsGenericSquaringInTheCyclotomicSubgroup() {
        for (int k = 1; k < 5; k++) {
            Fp12 f = Pairing.millerLoop(List.of(G1Point.GENERATOR.multiply(BigInteger.valueOf(k))),
                    List.of(Pairing.prepare(G2Point.GENERATOR.multiply(BigInteger.valueOf(3 * k + 1)))));
            Fp12 easy = f.conjugate().mul(f.inverse());
            easy = easy.frobenius(2).mul(easy);
            assertEquals(easy.square(), easy.cyclotomicSquare());
            assertNotEquals(f.square(), f.cyclotomicSquare()); // outside the subgroup the shortcut does not apply
        }
    }

    @Test
    void fastSubgroupCheckAgreesWithMultiplicationByR() {
        // points with a component of small order (the twist cofactor is 10069 * 5864401 * ...) must be caught
        BigInteger cofactor = Fp.MODULUS.shiftLeft(1).subtract(Fr.MODULUS);
        G2Point raw = firstTwistPoint(1);
        for (BigInteger prime : List.of(BigInteger.valueOf(10069), BigInteger.valueOf(5864401))) {
            G2Point t = raw.multiply(Fr.MODULUS).multiply(cofactor.divide(prime));
            assertFalse(t.isInfinity());
            assertTrue(t.multiply(prime).isInfinity(), "order " + prime);
            G2Point g = G2Point.GENERATOR.multiply(BigInteger.valueOf(12345));
            assertFalse(g.add(t).isInSubgroup());
            assertFalse(referenceInSubgroup(g.add(t)));
        }
        for (int i = 2; i < 8; i++) {
            G2Point p = firstTwistPoint(i * 7);
            assertEquals(referenceInSubgroup(p), p.isInSubgroup());
            G2Point q = p.multiply(cofactor); // cleared: in the subgroup
            assertTrue(q.isInSubgroup());
            assertTrue(referenceInSubgroup(q));
        }
    }

    private static boolean referenceInSubgroup(G2Point p) {
        return p.multiply(Fr.MODULUS).isInfinity();
    }

    private static G2Point firstTwistPoint(int from) {
        Fp2 b = Curves.twistB();
        for (int i = from; ; i++) {
            Fp2 x = new Fp2(Fp.of(i), Fp.ONE);
            Fp2 y = x.square().mul(x).add(b).sqrt();
            if (y != null) {
                long[] limbs = new long[16];
                x.writeTo(limbs, 0);
                y.writeTo(limbs, 8);
                return G2Point.onCurve(limbs, 0);
            }
        }
    }

    @Test
    void differentPairingsDiffer() {
        assertNotEquals(Pairing.pair(G1Point.GENERATOR, G2Point.GENERATOR),
                Pairing.pair(G1Point.GENERATOR.multiply(BigInteger.TWO), G2Point.GENERATOR));
    }
}
