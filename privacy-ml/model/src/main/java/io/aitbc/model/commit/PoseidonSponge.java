package io.aitbc.model.commit;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.poseidon.Poseidon;
import java.math.BigInteger;
import java.util.List;

/**
 * The sponge of docs/ZKML-SPEC.md §3 over field elements {@code e_1..e_n}: {@code h = 0}; per chunk of 15
 * (the last padded with zeros) {@code h = Poseidon(16)([h, c_1..c_15])}; then
 * {@code digest = Poseidon(2)([h, n])}. For {@code n = 0}: {@code Poseidon(2)([0, 0])}.
 */
public final class PoseidonSponge {
    public static final int RATE = 15;

    private PoseidonSponge() {
    }

    public static BigInteger digest(List<BigInteger> elements) {
        Fr h = Fr.ZERO;
        Fr[] block = new Fr[RATE + 1];
        for (int start = 0; start < elements.size(); start += RATE) {
            block[0] = h;
            for (int i = 0; i < RATE; i++) {
                int j = start + i;
                block[i + 1] = j < elements.size() ? Fr.ofCanonical(elements.get(j)) : Fr.ZERO;
            }
            h = Poseidon.hash(block);
        }
        return Poseidon.hash(h, Fr.of(elements.size())).toBigInteger();
    }
}
