package io.aitbc.service.inference;

/**
 * A finished job's result as its owner downloads it (for fhe: the result ciphertext, which only the consumer's
 * secret key opens).
 *
 * @param scheme       how the bytes are protected, e.g. "ckks"
 * @param parameterSet the FHE parameter-set id (hex) or suite
 */
public record ResultDownload(long jobId, byte[] content, String sha256, String scheme, String parameterSet) {

    public ResultDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
