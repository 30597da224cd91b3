package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.Ciphertext;
import java.util.Objects;

/** What the client sends: its fresh input ciphertext and the proof that it is well formed. */
public record EncryptedInput(Ciphertext ciphertext, HybridProof proof) {

    public EncryptedInput {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(proof, "proof");
    }
}
