package io.aitbc.zk.solidity;

import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.formats.ZkFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the verification key out of either a Groth16 {@code .zkey} or a snarkjs {@code verification_key.json}. */
public final class VerificationKeyFiles {
    private static final byte[] ZKEY_MAGIC = "zkey".getBytes(StandardCharsets.US_ASCII);

    private VerificationKeyFiles() {}

    /** Tells the two formats apart by content (the zkey container's magic), not by file name. */
    public static VerificationKey read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new ZkFormatException(file + ": no such file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ZKEY_MAGIC.length);
        }
        return Arrays.equals(head, ZKEY_MAGIC) ? ZKey.read(file).verificationKey() : SnarkjsJson.readVerificationKey(file);
    }
}
