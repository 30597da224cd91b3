package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParametersId;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.ZkFormatException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Binary format (version 1) of the hybrid messages, for REST bodies and files. Every message:
 * {@code "AHYB"} | version u8 = 1 | type u8 (1 proof, 2 encrypted input, 3 encrypted result) | body length u32 |
 * body | CRC32C u32 of everything before. Big-endian.
 * <ul>
 * <li>proof: commitment (32 bytes) | length u32 | the Groth16 proof as snarkjs proof.json (UTF-8)</li>
 * <li>encrypted input: length u32 | ciphertext in the FHE format (privacy-ml/fhe README) | proof body</li>
 * <li>encrypted result: parameter-set id (32) | key id (16) | N u32 | outputs u32 | c1' (N residues) |
 *     beta (outputs residues) | proof body; residues modulo Q in [0, Q), ceil(bits(Q)/8) bytes each</li>
 * </ul>
 * Reading checks magic, version, type, length, checksum and every field, and throws
 * {@link HybridFormatException} for anything malformed.
 */
public final class HybridCodec {

    private static final byte[] MAGIC = "AHYB".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int PROOF = 1, INPUT = 2, RESULT = 3;
    private static final int MAX_JSON = 1 << 16;

    private HybridCodec() {
    }

    public static byte[] write(HybridProof proof) {
        return seal(PROOF, proofBody(proof));
    }

    public static HybridProof readProof(byte[] data) {
        return parse(data, PROOF, HybridCodec::readProofBody);
    }

    public static byte[] write(EncryptedInput input) {
        byte[] ct = FheSerializer.write(input.ciphertext());
        byte[] proof = proofBody(input.proof());
        return seal(INPUT, ByteBuffer.allocate(4 + ct.length + proof.length).putInt(ct.length).put(ct).put(proof).array());
    }

    public static EncryptedInput readInput(byte[] data, HybridParameters params) {
        return parse(data, INPUT, b -> {
            byte[] ct = bytes(b, b.getInt(), "ciphertext");
            Ciphertext c;
            try {
                c = FheSerializer.readCiphertext(ct, params.bfv());
            } catch (IllegalArgumentException e) { // FheFormatException, ParameterMismatchException
                throw new HybridFormatException("malformed ciphertext: " + e.getMessage());
            }
            return new EncryptedInput(c, readProofBody(b));
        });
    }

    public static byte[] write(EncryptedResult result, HybridParameters params) {
        int width = width(params);
        BigInteger q = params.q();
        BigInteger[] c1 = result.c1(), beta = result.beta();
        byte[] proof = proofBody(result.proof());
        ByteBuffer b = ByteBuffer.allocate(32 + 16 + 8 + width * (c1.length + beta.length) + proof.length);
        b.put(result.parametersId().bytes()).put(result.keyId().bytes()).putInt(c1.length).putInt(beta.length);
        for (BigInteger[] part : new BigInteger[][] {c1, beta}) {
            for (BigInteger x : part) putFixed(b, x.mod(q), width);
        }
        return seal(RESULT, b.put(proof).array());
    }

    public static EncryptedResult readResult(byte[] data, HybridParameters params) {
        return parse(data, RESULT, b -> {
            ParametersId id = new ParametersId(bytes(b, ParametersId.LENGTH, "parameter id"));
            if (!id.equals(params.bfv().id())) throw new HybridFormatException("the result was made for another parameter set");
            KeyId key = new KeyId(bytes(b, KeyId.LENGTH, "key id"));
            int n = b.getInt(), outputs = b.getInt();
            if (n != params.n() || outputs < 1 || outputs > params.n()) {
                throw new HybridFormatException("result sizes " + n + " + " + outputs + " do not fit N = " + params.n());
            }
            int width = width(params);
            BigInteger[] c1 = residues(b, n, width, params.q());
            BigInteger[] beta = residues(b, outputs, width, params.q());
            return new EncryptedResult(id, key, c1, beta, readProofBody(b));
        });
    }

    private static int width(HybridParameters params) {
        return (params.q().bitLength() + 7) / 8;
    }

    private static BigInteger[] residues(ByteBuffer b, int count, int width, BigInteger q) {
        BigInteger[] out = new BigInteger[count];
        for (int i = 0; i < count; i++) {
            BigInteger x = new BigInteger(1, bytes(b, width, "residue"));
            if (x.compareTo(q) >= 0) throw new HybridFormatException("a residue is not below Q");
            out[i] = Residues.centered(x, q);
        }
        return out;
    }

    private static void putFixed(ByteBuffer b, BigInteger x, int width) {
        byte[] raw = x.toByteArray();
        int len = Math.min(raw.length, width);
        for (int i = len; i < width; i++) b.put((byte) 0);
        b.put(raw, raw.length - len, len);
    }

    private static byte[] proofBody(HybridProof proof) {
        byte[] json = SnarkjsJson.toJson(proof.proof()).getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(32 + 4 + json.length);
        putFixed(b, proof.commitment(), 32);
        return b.putInt(json.length).put(json).array();
    }

    private static HybridProof readProofBody(ByteBuffer b) {
        BigInteger commitment = new BigInteger(1, bytes(b, 32, "commitment"));
        int len = b.getInt();
        if (len < 0 || len > MAX_JSON) throw new HybridFormatException("proof of " + len + " bytes");
        String json = new String(bytes(b, len, "proof"), StandardCharsets.UTF_8);
        try {
            return new HybridProof(SnarkjsJson.parseProof(json), commitment);
        } catch (ZkFormatException | IllegalArgumentException e) {
            throw new HybridFormatException("malformed proof: " + e.getMessage());
        }
    }

    private static byte[] bytes(ByteBuffer b, int count, String what) {
        if (count < 0 || count > b.remaining()) throw new HybridFormatException("truncated " + what);
        byte[] out = new byte[count];
        b.get(out);
        return out;
    }

    private static byte[] seal(int type, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + 4 + body.length + 4);
        b.put(MAGIC).put((byte) VERSION).put((byte) type).putInt(body.length).put(body);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        return b.putInt((int) crc.getValue()).array();
    }

    private interface BodyReader<T> {
        T read(ByteBuffer body);
    }

    private static <T> T parse(byte[] data, int type, BodyReader<T> reader) {
        if (data == null || data.length < MAGIC.length + 2 + 4 + 4) throw new HybridFormatException("too short for a hybrid message");
        ByteBuffer b = ByteBuffer.wrap(data);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new HybridFormatException("not a hybrid message (magic)");
        int version = b.get() & 0xFF;
        if (version != VERSION) throw new HybridFormatException("unsupported version " + version);
        int t = b.get() & 0xFF;
        if (t != type) throw new HybridFormatException("message type " + t + ", expected " + type);
        int length = b.getInt();
        if (length < 0 || length != data.length - MAGIC.length - 2 - 4 - 4) throw new HybridFormatException("body length mismatch (truncated or trailing bytes)");
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(data, data.length - 4, 4).getInt()) throw new HybridFormatException("checksum mismatch (corrupted)");
        ByteBuffer body = ByteBuffer.wrap(data, MAGIC.length + 2 + 4, length).slice();
        try {
            T value = reader.read(body);
            if (body.hasRemaining()) throw new HybridFormatException("trailing bytes in the body");
            return value;
        } catch (BufferUnderflowException e) {
            throw new HybridFormatException("truncated body");
        }
    }
}
