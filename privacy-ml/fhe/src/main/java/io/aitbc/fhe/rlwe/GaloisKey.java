package io.aitbc.fhe.rlwe;

/**
 * Key for the automorphism X -> X^g: a switching key from s to phi_g^-1(s). Because of that form, a
 * rotation applies the key to the un-permuted c_1 and permutes only the result, which lets many
 * rotations share one decomposition (hoisting).
 */
public record GaloisKey(long galoisElement, SwitchingKey key) {

    public static String label(long galoisElement) {
        return "gal/" + galoisElement;
    }
}
