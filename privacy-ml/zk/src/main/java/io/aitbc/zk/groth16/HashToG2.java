package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.Fp2;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Montgomery256;
import java.math.BigInteger;

/**
 * snarkjs's hash of a contribution transcript to a G2 point ({@code hashToG2}, i.e. ffjavascript's
 * {@code G2.fromRng} on {@link SnarkjsRng}): draw x in Fp2 and a sign bit until x^3 + b' is a square,
 * take the root whose "sign" equals the bit, and multiply by the cofactor. Needed bit for bit, since
 * {@code snarkjs zkey verify} recomputes it from the transcript.
 */
final class HashToG2 {

    private static final long[] P = Montgomery256.toLimbs(Fp.MODULUS);
    private static final long TOP_MASK = (1L << (Fp.MODULUS.bitLength() - 192)) - 1;
    private static final BigInteger HALF = Fp.MODULUS.shiftRight(1);
    private static final Fp2 TWIST_B = Curves.twistB();

    private HashToG2() {
    }

    static G2Point hash(byte[] transcript) {
        SnarkjsRng rng = SnarkjsRng.fromHash(transcript);
        while (true) {
            Fp2 x = new Fp2(fpFromRng(rng), fpFromRng(rng));
            boolean greatest = rng.nextBool();
            Fp2 y = x.square().mul(x).add(TWIST_B).sqrt();
            if (y == null) {
                continue;
            }
            if (greatest != isNegative(y)) {
                y = y.neg();
            }
            return G2Point.clearCofactor(x, y);
        }
    }

    /**
     * ffjavascript's {@code F.fromRng}: four 64-bit words masked to the bit length of p, rejected until
     * below p, and used directly as the Montgomery representation.
     */
    private static Fp fpFromRng(SnarkjsRng rng) {
        long[] v = new long[4];
        do {
            for (int i = 0; i < 4; i++) {
                v[i] = rng.nextU64();
            }
            v[3] &= TOP_MASK;
        } while (!below(v, P));
        return Fp.fromMontgomery(v, 0);
    }

    private static boolean below(long[] a, long[] b) {
        for (int i = 3; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Long.compareUnsigned(a[i], b[i]) < 0;
            }
        }
        return false;
    }

    /** ffjavascript's sign of an Fp2 element: that of c1, or of c0 when c1 = 0; "negative" means above (p-1)/2. */
    private static boolean isNegative(Fp2 a) {
        Fp c = a.c1().isZero() ? a.c0() : a.c1();
        return c.toBigInteger().compareTo(HALF) > 0;
    }
}
