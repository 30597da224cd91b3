package io.aitbc.service.models;

/**
 * A version's sealed ONNX file as stored, with what opening and compiling it needs.
 *
 * @param fheProfileJson    the version's FHE profile, or null if it has none
 * @param fheUnavailable    why it has none, or null
 */
public record StoredModelFile(long modelId, long versionId, int versionNumber, byte[] sealedOnnx, String fheProfileJson,
                              String fheUnavailable) {

    public StoredModelFile {
        sealedOnnx = sealedOnnx.clone();
    }

    @Override
    public byte[] sealedOnnx() {
        return sealedOnnx.clone();
    }

    /** The FHE profile JSON; a 409 naming the reason if the version has none. */
    public String requireFheProfile() {
        if (fheProfileJson == null) {
            throw new io.aitbc.domain.shared.ConflictException("model " + modelId + " version " + versionNumber
                    + " cannot run under FHE: " + fheUnavailable);
        }
        return fheProfileJson;
    }
}
