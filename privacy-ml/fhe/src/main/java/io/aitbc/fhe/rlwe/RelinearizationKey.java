package io.aitbc.fhe.rlwe;

/** Switching key from s^2 to s: turns a degree-2 product back into a degree-1 ciphertext. */
public record RelinearizationKey(SwitchingKey key) {

    public static final String LABEL = "rlk";
}
