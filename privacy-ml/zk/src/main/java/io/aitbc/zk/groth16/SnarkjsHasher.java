package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * BLAKE2b-512 over points in snarkjs's "uncompressed" encoding (what its circuit hash and contribution
 * transcripts hash): affine coordinates in canonical big-endian, G1 as x || y, G2 as x.c1 || x.c0 ||
 * y.c1 || y.c0, infinity as zeros; counts as big-endian 32-bit words.
 */
final class SnarkjsHasher {

    private final Blake2bDigest digest = new Blake2bDigest(512);
    private final long[] plain = new long[4];
    private final byte[] buf = new byte[128];

    SnarkjsHasher update(byte[] bytes) {
        digest.update(bytes, 0, bytes.length);
        return this;
    }

    SnarkjsHasher u32(int v) {
        return update(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    SnarkjsHasher g1(G1Point p) {
        long[] l = new long[8];
        p.writeAffineLimbs(l, 0);
        return g1(l, 0, 1);
    }

    SnarkjsHasher g2(G2Point p) {
        long[] l = new long[16];
        p.writeAffineLimbs(l, 0);
        return g2(l, 0, 1);
    }

    /** {@code count} affine G1 points (Montgomery limbs, 8 each) from {@code off}. */
    SnarkjsHasher g1(long[] pts, int off, int count) {
        for (int i = 0; i < count; i++) {
            int p = off + 8 * i;
            boolean inf = isZero(pts, p, 8);
            coordinate(pts, p, inf, 0);
            coordinate(pts, p + 4, inf, 32);
            digest.update(buf, 0, 64);
        }
        return this;
    }

    /** {@code count} affine G2 points (16 limbs each) from {@code off}. */
    SnarkjsHasher g2(long[] pts, int off, int count) {
        for (int i = 0; i < count; i++) {
            int p = off + 16 * i;
            boolean inf = isZero(pts, p, 16);
            coordinate(pts, p + 4, inf, 0);
            coordinate(pts, p, inf, 32);
            coordinate(pts, p + 12, inf, 64);
            coordinate(pts, p + 8, inf, 96);
            digest.update(buf, 0, 128);
        }
        return this;
    }

    byte[] digest() {
        byte[] out = new byte[64];
        digest.doFinal(out, 0);
        return out;
    }

    private static boolean isZero(long[] a, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (a[off + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Canonical big-endian bytes of one Montgomery coordinate into buf at {@code at}. */
    private void coordinate(long[] src, int off, boolean zero, int at) {
        if (zero) {
            java.util.Arrays.fill(buf, at, at + 32, (byte) 0);
            return;
        }
        Fp.ARITH.fromMontgomery(src, off, plain, 0);
        for (int limb = 0; limb < 4; limb++) {
            long w = plain[3 - limb];
            for (int b = 0; b < 8; b++) {
                buf[at + 8 * limb + b] = (byte) (w >>> (56 - 8 * b));
            }
        }
    }
}
