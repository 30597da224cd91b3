package io.aitbc.domain.job;

import java.util.Locale;

/**
 * How an inference protects the consumer: {@code fhe} (the server computes on ciphertexts), {@code zkml}
 * (the server sees the input and proves the computation), {@code hybrid} (FHE plus proofs binding it).
 */
public enum PrivacyLevel {
    FHE, ZKML, HYBRID;

    /** The lower-case name used in the API ("fhe", "zkml", "hybrid"). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PrivacyLevel fromApiName(String name) {
        for (PrivacyLevel l : values()) {
            if (l.apiName().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown privacy level '" + name + "' (fhe, zkml or hybrid)");
    }
}
