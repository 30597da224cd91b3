package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.formats.ZkFormatException;
import java.util.stream.IntStream;

/**
 * snarkjs's circuit hash of a Groth16 key before any contribution (as {@code zkey new} computes it):
 * BLAKE2b-512 over alpha1, beta1, beta2, gamma2, delta1, delta2 (the generators), then, each preceded by
 * its count, the IC points, the points (tau^(i+n) - tau^i) G1 (see {@link #hashedVanishingPoints}),
 * and the C, A, B1 and B2 points. It binds the contributions recorded in section 10 to the circuit and
 * the powers of tau.
 */
final class CircuitHash {

    private CircuitHash() {
    }

    /** @param initial the key as {@link Groth16Setup#newKey} makes it (delta = 1) */
    static byte[] of(ZKey initial, PowersOfTau ptau) throws ZkFormatException {
        int n = initial.domainSize();
        SnarkjsHasher h = new SnarkjsHasher()
                .g1(initial.alpha1()).g1(initial.beta1()).g2(initial.beta2())
                .g2(G2Point.GENERATOR).g1(G1Point.GENERATOR).g2(G2Point.GENERATOR);
        h.u32(initial.nPublic() + 1).g1(initial.ic(), 0, initial.nPublic() + 1);
        int hashed = hashedVanishingPoints(n, ptau.pointCount(PowersOfTau.TAU_G1, false));
        h.u32(n - 1).g1(vanishingTimesPowers(ptau, n, hashed), 0, hashed);
        int nC = initial.nVars() - initial.nPublic() - 1;
        h.u32(nC).g1(initial.c(), 0, nC);
        h.u32(initial.nVars()).g1(initial.a(), 0, initial.nVars());
        h.u32(initial.nVars()).g1(initial.b1(), 0, initial.nVars());
        h.u32(initial.nVars()).g2(initial.b2(), 0, initial.nVars());
        return h.digest();
    }

    /**
     * How many of the points (tau^(i+n) - tau^i) G1 snarkjs 0.7.6 hashes: it announces n - 1 but reads
     * chunks of min(n - 1, 2^14) points, so for n &gt;= 2^15 it hashes n, the last one with tau^(2n-1).
     * When the ptau holds no tau^(2n-1) (power = log n) snarkjs reads the 64 bytes after the section
     * (the next section's header and data, not reduced field elements) and hashes what its arithmetic
     * makes of them; that is not reproducible, so this hash then covers the n - 1 defined points and
     * {@code snarkjs zkey verify} reports a circuit mismatch for such keys (proofs are not affected).
     */
    static int hashedVanishingPoints(int n, long tauPoints) {
        int chunk = 1 << 14;
        int snarkjs = n - 1 <= chunk ? n - 1 : ((n - 1 + chunk - 1) / chunk) * Math.min(n - 1, chunk);
        return (int) Math.min(snarkjs, tauPoints - n);
    }

    /** (tau^(i+n) - tau^i) G1 for i &lt; count, affine, from the monomial section of the ptau. */
    private static long[] vanishingTimesPowers(PowersOfTau ptau, int n, int count) throws ZkFormatException {
        long[] powers = ptau.g1(PowersOfTau.TAU_G1, 0, n + count);
        long[] out = new long[8 * Math.max(count, 0)];
        int chunk = 4096;
        IntStream.range(0, (count + chunk - 1) / chunk).parallel().forEach(c -> {
            JacobianOps o = Curves.g1Ops();
            int from = c * chunk, to = Math.min(count, from + chunk);
            long[] jac = new long[12 * (to - from)], neg = new long[8];
            for (int i = from; i < to; i++) {
                System.arraycopy(powers, 8 * i, neg, 0, 8);
                o.field().neg(neg, 4, neg, 4);
                o.fromAffine(powers, 8 * (i + n), jac, 12 * (i - from));
                o.addMixed(jac, 12 * (i - from), neg, 0, jac, 12 * (i - from));
            }
            o.batchToAffine(jac, 0, to - from, out, 8 * from);
        });
        return out;
    }
}
