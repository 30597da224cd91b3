package io.aitbc.service.zkml;

import java.util.Objects;

/** A proof sent for checking: snarkjs proof.json and public.json contents. */
public record SubmittedProof(String proofJson, String publicSignalsJson) {
    public SubmittedProof {
        Objects.requireNonNull(proofJson, "proofJson");
        Objects.requireNonNull(publicSignalsJson, "publicSignalsJson");
    }
}
