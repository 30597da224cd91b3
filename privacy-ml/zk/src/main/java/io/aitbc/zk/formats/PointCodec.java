package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.JacobianOps;
import java.math.BigInteger;

/**
 * snarkjs stores points as "LEM": affine coordinates in Montgomery form (R = 2^256), little-endian,
 * all zeros for infinity. That is exactly our limb layout, so arrays are read without conversion and
 * then validated: canonical coordinates and the curve equation for every point.
 */
final class PointCodec {

    static final int G1_LIMBS = 8;
    static final int G2_LIMBS = 16;

    private PointCodec() {
    }

    static long[] readG1(BinFile.Section s, int count, String what) throws ZkFormatException {
        long[] pts = new long[count * G1_LIMBS];
        s.limbs(pts, 0, pts.length);
        validate(pts, count, G1_LIMBS, Curves.g1Ops(), s, what);
        return pts;
    }

    /** G2 bulk points: canonical and on the twist; subgroup membership is checked only for key header points. */
    static long[] readG2(BinFile.Section s, int count, String what) throws ZkFormatException {
        long[] pts = new long[count * G2_LIMBS];
        s.limbs(pts, 0, pts.length);
        validate(pts, count, G2_LIMBS, Curves.g2Ops(), s, what);
        return pts;
    }

    private static void validate(long[] pts, int count, int stride, JacobianOps ops, BinFile.Section s, String what)
            throws ZkFormatException {
        for (int i = 0; i < count; i++) {
            int off = i * stride;
            for (int k = 0; k < stride; k += 4) {
                if (!Fp.ARITH.isCanonical(pts, off + k)) {
                    throw s.error(what + " point " + i + ": coordinate not below the field modulus");
                }
            }
            if (!ops.isOnCurveAffine(pts, off)) {
                throw s.error(what + " point " + i + " is not on the curve");
            }
        }
    }

    static G1Point readG1Point(BinFile.Section s, String what) throws ZkFormatException {
        long[] l = new long[G1_LIMBS];
        s.limbs(l, 0, G1_LIMBS);
        try {
            return G1Point.fromAffineLimbs(l, 0);
        } catch (IllegalArgumentException e) {
            throw s.error(what + ": " + e.getMessage());
        }
    }

    static G2Point readG2Point(BinFile.Section s, String what) throws ZkFormatException {
        long[] l = new long[G2_LIMBS];
        s.limbs(l, 0, G2_LIMBS);
        try {
            return G2Point.fromAffineLimbs(l, 0);
        } catch (IllegalArgumentException e) {
            throw s.error(what + ": " + e.getMessage());
        }
    }

    static void write(BinFileWriter.SectionBuilder b, G1Point p) {
        long[] l = new long[G1_LIMBS];
        p.writeAffineLimbs(l, 0);
        b.limbs(l, 0, G1_LIMBS);
    }

    static void write(BinFileWriter.SectionBuilder b, G2Point p) {
        long[] l = new long[G2_LIMBS];
        p.writeAffineLimbs(l, 0);
        b.limbs(l, 0, G2_LIMBS);
    }

    /** Checks a stored prime against the expected one. */
    static void expectPrime(BinFile.Section s, int n8, BigInteger expected, String what) throws ZkFormatException {
        if (n8 != 32) {
            throw s.error(what + " field size " + n8 + " bytes is not BN254's 32");
        }
        BigInteger p = s.bigIntLE(n8);
        if (!p.equals(expected)) {
            throw s.error(what + " prime " + p + " is not BN254's (only bn128/BN254 is supported)");
        }
    }
}
