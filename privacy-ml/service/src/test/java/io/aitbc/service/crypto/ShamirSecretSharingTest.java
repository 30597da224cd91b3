package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;
import org.junit.jupiter.api.Test;

class ShamirSecretSharingTest {

    private final SecureRandom random = new SecureRandom();
    private final ShamirSecretSharing shamir = new ShamirSecretSharing(random);

    /** Schoolbook reference: carry-less product, then long division by the AES polynomial. */
    private static int referenceMultiply(int a, int b) {
        int product = 0;
        for (int bit = 0; bit < 8; bit++) {
            if (((b >> bit) & 1) == 1) {
                product ^= a << bit;
            }
        }
        for (int bit = 14; bit >= 8; bit--) {
            if (((product >> bit) & 1) == 1) {
                product ^= 0x11B << (bit - 8);
            }
        }
        return product;
    }

    @Test
    void fieldMultiplicationMatchesTheReferenceForAllPairs() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                assertEquals(referenceMultiply(a, b), Gf256.mul(a, b), a + "*" + b);
            }
        }
        assertEquals(0xC1, Gf256.mul(0x57, 0x83), "FIPS-197 section 4.2 example");
        assertEquals(0xFE, Gf256.mul(0x57, 0x13), "FIPS-197 section 4.2.1 example");
    }

    @Test
    void everyNonZeroElementHasItsInverse() {
        assertEquals(0, Gf256.inverse(0));
        for (int a = 1; a < 256; a++) {
            assertEquals(1, Gf256.mul(a, Gf256.inverse(a)), "inverse of " + a);
        }
        assertThrows(ArithmeticException.class, () -> Gf256.div(5, 0));
    }

    @Test
    void anyKOfNSharesRecoverTheSecretAndKMinusOneDoNot() {
        for (int n = 1; n <= 6; n++) {
            for (int k = 1; k <= n; k++) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                List<ShamirShare> shares = shamir.split(secret, k, n);
                assertEquals(n, shares.size());
                for (List<ShamirShare> subset : subsets(shares, k)) {
                    assertArrayEquals(secret, ShamirSecretSharing.combine(subset), "k=" + k + " n=" + n + " " + subset);
                }
                for (List<ShamirShare> subset : subsets(shares, k + 1 <= n ? k + 1 : k)) {
                    assertArrayEquals(secret, ShamirSecretSharing.combine(subset), "more than k shares also work");
                }
                if (k > 1) {
                    for (List<ShamirShare> subset : subsets(shares, k - 1)) {
                        assertFalse(java.util.Arrays.equals(secret, ShamirSecretSharing.combine(subset)),
                                "k-1 shares interpolate to something else (chance 2^-256 otherwise)");
                    }
                }
            }
        }
    }

    @Test
    void aThresholdOfOneHandsEveryoneTheSecret() {
        byte[] secret = {1, 2, 3};
        for (ShamirShare share : shamir.split(secret, 1, 4)) {
            assertArrayEquals(secret, share.y());
        }
    }

    /** Bouncy Castle's splitter (same field, x = 1..n) and ours recombine each other's shares. */
    @Test
    void interoperatesWithBouncyCastleShamir() throws IOException {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        int k = 3;
        int n = 5;

        ShamirSecretSplitter splitter = new ShamirSecretSplitter(ShamirSecretSplitter.Algorithm.AES,
                ShamirSecretSplitter.Mode.Native, secret.length, random);
        ShamirSplitSecretShare[] theirs = splitter.resplit(secret, k, n).getSecretShares();
        List<ShamirShare> converted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            converted.add(new ShamirShare(i + 1, theirs[i].getEncoded()));
        }
        for (List<ShamirShare> subset : subsets(converted, k)) {
            assertArrayEquals(secret, ShamirSecretSharing.combine(subset));
        }

        for (List<ShamirShare> subset : subsets(shamir.split(secret, k, n), k)) {
            ShamirSplitSecretShare[] ours = subset.stream()
                    .map(share -> new ShamirSplitSecretShare(share.y(), share.x()))
                    .toArray(ShamirSplitSecretShare[]::new);
            byte[] recovered = new ShamirSplitSecret(ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Native, ours).getSecret();
            assertArrayEquals(secret, recovered);
        }
    }

    @Test
    void rejectsBadParametersAndShareSets() {
        assertThrows(IllegalArgumentException.class, () -> shamir.split(new byte[32], 0, 3));
        assertThrows(IllegalArgumentException.class, () -> shamir.split(new byte[32], 4, 3));
        assertThrows(IllegalArgumentException.class, () -> shamir.split(new byte[32], 2, 256));
        assertThrows(IllegalArgumentException.class, () -> shamir.split(new byte[0], 2, 3));
        List<ShamirShare> shares = shamir.split(new byte[32], 2, 3);
        assertThrows(IllegalArgumentException.class, () -> ShamirSecretSharing.combine(List.of(shares.get(0), shares.get(0))));
        assertThrows(IllegalArgumentException.class, () -> ShamirSecretSharing.combine(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ShamirShare(0, new byte[1]));
    }

    static <T> List<List<T>> subsets(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        collect(items, size, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void collect(List<T> items, int size, int start, List<T> current, List<List<T>> out) {
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = start; i < items.size(); i++) {
            current.add(items.get(i));
            collect(items, size, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }
}
