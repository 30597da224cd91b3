package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * k-of-n Shamir secret sharing over GF(2^8), one independent polynomial per secret byte, shares at
 * x = 1..n. Any k shares give the secret by Lagrange interpolation at 0; k-1 shares are uniformly
 * distributed whatever the secret. Interoperable with Bouncy Castle's ShamirSecretSplitter
 * (Algorithm.AES), which is not used directly because its GF(2^8) multiply in 1.83 branches on the
 * secret bits (timing leak).
 */
final class ShamirSecretSharing {

    private final SecureRandom random;

    ShamirSecretSharing(SecureRandom random) {
        this.random = random;
    }

    List<ShamirShare> split(byte[] secret, int threshold, int shareCount) {
        if (threshold < 1 || threshold > shareCount || shareCount > 255) {
            throw new IllegalArgumentException("need 1 <= k <= n <= 255, got k=" + threshold + " n=" + shareCount);
        }
        if (secret.length == 0) {
            throw new IllegalArgumentException("nothing to share");
        }
        byte[][] coefficients = new byte[threshold][];
        coefficients[0] = secret.clone();
        for (int degree = 1; degree < threshold; degree++) {
            coefficients[degree] = new byte[secret.length];
            random.nextBytes(coefficients[degree]);
        }
        List<ShamirShare> shares = new ArrayList<>(shareCount);
        for (int x = 1; x <= shareCount; x++) {
            shares.add(new ShamirShare(x, evaluate(coefficients, x)));
        }
        for (byte[] coefficient : coefficients) {
            java.util.Arrays.fill(coefficient, (byte) 0);
        }
        return shares;
    }

    /** Interpolates the polynomial through the given points at x = 0. Needs at least k distinct points. */
    static byte[] combine(List<ShamirShare> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares to combine");
        }
        int length = shares.get(0).y().length;
        Set<Integer> xs = new HashSet<>();
        for (ShamirShare share : shares) {
            if (!xs.add(share.x())) {
                throw new IllegalArgumentException("two shares with x=" + share.x());
            }
            if (share.y().length != length) {
                throw new IllegalArgumentException("shares of different lengths");
            }
        }
        byte[] secret = new byte[length];
        for (int i = 0; i < shares.size(); i++) {
            int basis = lagrangeBasisAtZero(shares, i);
            byte[] y = shares.get(i).y();
            for (int j = 0; j < length; j++) {
                secret[j] ^= (byte) Gf256.mul(basis, y[j] & 0xFF);
            }
            java.util.Arrays.fill(y, (byte) 0);
        }
        return secret;
    }

    /** Horner's rule for every byte position: coefficients secret, x public. */
    private static byte[] evaluate(byte[][] coefficients, int x) {
        int length = coefficients[0].length;
        byte[] y = new byte[length];
        for (int j = 0; j < length; j++) {
            int accumulator = 0;
            for (int degree = coefficients.length - 1; degree >= 0; degree--) {
                accumulator = Gf256.mul(accumulator, x) ^ (coefficients[degree][j] & 0xFF);
            }
            y[j] = (byte) accumulator;
        }
        return y;
    }

    /** l_i(0) = prod_{j != i} x_j / (x_j - x_i); subtraction is XOR in characteristic 2. Public values only. */
    private static int lagrangeBasisAtZero(List<ShamirShare> shares, int i) {
        int xi = shares.get(i).x();
        int basis = 1;
        for (int j = 0; j < shares.size(); j++) {
            if (j != i) {
                int xj = shares.get(j).x();
                basis = Gf256.mul(basis, Gf256.div(xj, xj ^ xi));
            }
        }
        return basis;
    }
}
