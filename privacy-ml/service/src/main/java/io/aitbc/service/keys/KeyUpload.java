package io.aitbc.service.keys;

/**
 * A consumer's public key and evaluation keys (relinearization + Galois), in the fhe module's binary format,
 * generated on the consumer's machine for a model's FHE profile. Never a secret key.
 */
public record KeyUpload(byte[] publicKey, byte[] evaluationKeys) {

    public KeyUpload {
        if (publicKey == null || publicKey.length == 0) {
            throw new IllegalArgumentException("the public key is missing");
        }
        if (evaluationKeys == null || evaluationKeys.length == 0) {
            throw new IllegalArgumentException("the evaluation keys are missing");
        }
        publicKey = publicKey.clone();
        evaluationKeys = evaluationKeys.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] evaluationKeys() {
        return evaluationKeys.clone();
    }
}
