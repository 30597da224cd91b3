package io.aitbc.fhe.rlwe;

import java.util.Map;

/**
 * Largest log2(QP) for 128-bit classical security with a uniform ternary secret and error sigma 3.2,
 * from the homomorphicencryption.org security standard (Albrecht et al., 2018), table "ternary".
 */
public final class SecurityTable {

    private static final Map<Integer, Integer> MAX_LOG_QP_128 = Map.of(
            4096, 109,
            8192, 218,
            16384, 438,
            32768, 881,
            65536, 1761);

    private SecurityTable() {}

    /** The bound for ring degree n, or -1 when the table has no row for it. */
    public static int maxLogQP(int n) {
        return MAX_LOG_QP_128.getOrDefault(n, -1);
    }
}
