package io.aitbc.fhe.serialization;

import io.aitbc.fhe.rlwe.ParametersId;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The frame around every serialized object (big-endian):
 * <pre>
 *   "AFHE" | version u8 (=1) | type u8 | parameters id (32 bytes) | body length u32 | body | CRC32C u32
 * </pre>
 * The CRC covers everything before it. Opening checks, in order: magic, version, type, length
 * (truncation), checksum (corruption); the caller then checks the parameters id.
 */
final class Envelope {

    static final byte[] MAGIC = {'A', 'F', 'H', 'E'};
    static final int VERSION = 1;
    static final int HEADER = 4 + 1 + 1 + ParametersId.LENGTH + 4;

    private Envelope() {}

    static byte[] seal(ObjectType type, ParametersId id, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + body.length + 4);
        b.put(MAGIC).put((byte) VERSION).put((byte) type.code).put(id.bytes()).putInt(body.length).put(body);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** Header fields of an opened envelope; {@code body} is positioned at the body. */
    record Opened(ObjectType type, ParametersId id, ByteBuffer body) {}

    static Opened open(byte[] data, ObjectType expected) {
        if (data == null || data.length < HEADER + 4) {
            throw new FheFormatException("truncated: " + (data == null ? 0 : data.length) + " bytes is shorter than any AITBC FHE object");
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        byte[] magic = new byte[4];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) throw new FheFormatException("not an AITBC FHE object (bad magic)");
        int version = b.get() & 0xFF;
        if (version != VERSION) throw new FheFormatException("unsupported format version " + version + " (this library reads " + VERSION + ")");
        ObjectType type = ObjectType.of(b.get() & 0xFF);
        if (expected != null && type != expected) {
            throw new FheFormatException("expected a " + expected + " but found a " + type);
        }
        byte[] id = new byte[ParametersId.LENGTH];
        b.get(id);
        long length = b.getInt() & 0xFFFFFFFFL;
        long total = HEADER + length + 4;
        if (data.length < total) throw new FheFormatException("truncated: " + data.length + " bytes, the header announces " + total);
        if (data.length > total) throw new FheFormatException("trailing data: " + (data.length - total) + " bytes after the object");
        CRC32C crc = new CRC32C();
        crc.update(data, 0, (int) (total - 4));
        int stored = ByteBuffer.wrap(data, (int) (total - 4), 4).getInt();
        if (stored != (int) crc.getValue()) throw new FheFormatException("checksum mismatch: the data is corrupted");
        ByteBuffer body = ByteBuffer.wrap(data, HEADER, (int) length).slice();
        return new Opened(type, new ParametersId(id), body);
    }

    /** Runs a body parser, turning underflow into a clear error and requiring that all bytes are used. */
    static <T> T parse(Opened o, java.util.function.Function<ByteBuffer, T> parser) {
        try {
            T value = parser.apply(o.body());
            if (o.body().hasRemaining()) {
                throw new FheFormatException(o.body().remaining() + " unexpected bytes at the end of the " + o.type());
            }
            return value;
        } catch (BufferUnderflowException e) {
            throw new FheFormatException("the " + o.type() + " body is shorter than its fields require", e);
        }
    }
}
