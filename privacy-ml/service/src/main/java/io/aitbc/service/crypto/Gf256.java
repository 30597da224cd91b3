package io.aitbc.service.crypto;

/**
 * Arithmetic in GF(2^8) modulo the AES polynomial x^8 + x^4 + x^3 + x + 1 (0x11B), the field Bouncy
 * Castle's ShamirSecretSplitter uses with {@code Algorithm.AES}.
 *
 * <p>Operands may be secret (key bytes, polynomial coefficients, shares), so there are no lookup tables
 * and no branches or loop bounds that depend on them: every multiplication runs the same eight rounds
 * with masks in place of conditionals.
 */
final class Gf256 {

    private static final int REDUCTION = 0x11B;

    private Gf256() {
    }

    static int add(int a, int b) {
        return a ^ b;
    }

    static int mul(int a, int b) {
        int product = 0;
        for (int round = 0; round < 8; round++) {
            product ^= a & -(b & 1);          // add a when the low bit of b is set
            b >>>= 1;
            int overflow = -((a >>> 7) & 1);   // all ones when a * x leaves the field
            a = ((a << 1) ^ (REDUCTION & overflow)) & 0xFF;
        }
        return product;
    }

    /** Multiplicative inverse as a^254 (Fermat); maps 0 to 0. Fixed chain of 7 squarings and 6 products. */
    static int inverse(int a) {
        int power = mul(a, a);        // a^2
        int result = power;
        for (int i = 0; i < 6; i++) {
            power = mul(power, power);  // a^4, a^8, ..., a^128
            result = mul(result, power);
        }
        return result;                // a^(2+4+...+128) = a^254
    }

    static int div(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("division by zero in GF(256)");
        }
        return mul(a, inverse(b));
    }
}
