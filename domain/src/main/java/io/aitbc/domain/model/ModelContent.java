package io.aitbc.domain.model;

import java.util.Objects;

/**
 * What a model version consists of, as registration computed it from the owner's ONNX file. The file itself
 * is stored only sealed at rest (the services seal it; the domain never sees the plaintext).
 *
 * @param architectureJson  the canonical architecture JSON of docs/ZKML-SPEC.md §3, or (when the model cannot be
 *                          quantized) a summary of its layers and shapes
 * @param onnx              the sealed ONNX file with the size and SHA-256 of its plaintext
 * @param archHash          the architecture hash (decimal field element), or null when the model cannot be quantized
 * @param commitment        Poseidon commitment of the quantized weights (decimal field element), or null likewise
 * @param zkmlUnavailable   why no circuit can be built for it (e.g. quantization out of range), or null
 * @param fhe               its FHE profile, or why it has none
 */
public record ModelContent(String architectureJson, SealedOnnx onnx, String archHash, String commitment,
                           String zkmlUnavailable, FheSupport fhe) {

    public ModelContent {
        Objects.requireNonNull(architectureJson, "architectureJson");
        Objects.requireNonNull(onnx, "onnx");
        Objects.requireNonNull(fhe, "fhe");
        if ((commitment == null) != (zkmlUnavailable != null)) {
            throw new IllegalArgumentException("a version has a commitment or a reason why it cannot have one");
        }
    }

    /**
     * The ONNX file as stored: sealed bytes (an envelope only the server opens), and the plaintext's size and
     * SHA-256 so that owners can check which file a version holds.
     */
    public record SealedOnnx(byte[] sealed, long size, String sha256) {
        public SealedOnnx {
            if (sealed == null || sealed.length == 0) {
                throw new IllegalArgumentException("the sealed ONNX bytes are missing");
            }
            sealed = sealed.clone();
            Objects.requireNonNull(sha256, "sha256");
        }

        @Override
        public byte[] sealed() {
            return sealed.clone();
        }
    }

    /** A version's FHE profile (JSON, what clients fetch) with its parameter set name, or why it has none. */
    public record FheSupport(String parameterSet, String profileJson, String unavailableReason) {
        public FheSupport {
            if ((profileJson == null) == (unavailableReason == null)) {
                throw new IllegalArgumentException("FHE support is a profile or a reason, not both or neither");
            }
            if (profileJson != null) {
                Objects.requireNonNull(parameterSet, "parameterSet");
            }
        }

        public static FheSupport available(String parameterSet, String profileJson) {
            return new FheSupport(parameterSet, Objects.requireNonNull(profileJson), null);
        }

        public static FheSupport unavailable(String reason) {
            return new FheSupport(null, null, Objects.requireNonNull(reason));
        }
    }
}
