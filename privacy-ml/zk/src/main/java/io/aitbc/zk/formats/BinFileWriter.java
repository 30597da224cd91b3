package io.aitbc.zk.formats;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the iden3 binary container (see {@link BinFile}). Each section is built in memory with
 * {@link SectionBuilder} and then appended with its size.
 */
public final class BinFileWriter implements AutoCloseable {

    private final OutputStream out;

    public BinFileWriter(Path path, String magic, int version, int nSections) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20);
        out.write(magic.getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer h = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(version).putInt(nSections);
        out.write(h.array());
    }

    public void section(int type, SectionBuilder content) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(type).putLong(content.size());
        out.write(h.array());
        content.writeTo(out);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Growable little-endian byte buffer for one section. */
    public static final class SectionBuilder {
        private ByteBuffer b;

        public SectionBuilder(int initialCapacity) {
            b = ByteBuffer.allocate(Math.max(16, initialCapacity)).order(ByteOrder.LITTLE_ENDIAN);
        }

        private void ensure(int more) {
            if (b.remaining() < more) {
                long cap = Math.max((long) b.capacity() * 2, (long) b.position() + more);
                if (cap > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("section too large");
                }
                ByteBuffer n = ByteBuffer.allocate((int) cap).order(ByteOrder.LITTLE_ENDIAN);
                b.flip();
                n.put(b);
                b = n;
            }
        }

        public SectionBuilder u32(int v) {
            ensure(4);
            b.putInt(v);
            return this;
        }

        public SectionBuilder u64(long v) {
            ensure(8);
            b.putLong(v);
            return this;
        }

        public SectionBuilder bytes(byte[] v) {
            ensure(v.length);
            b.put(v);
            return this;
        }

        public SectionBuilder bigIntLE(BigInteger v, int n8) {
            ensure(n8);
            byte[] be = v.toByteArray();
            for (int i = 0; i < n8; i++) {
                int idx = be.length - 1 - i;
                b.put(idx >= 0 ? be[idx] : 0);
            }
            return this;
        }

        /** Appends raw 64-bit limbs little-endian. */
        public SectionBuilder limbs(long[] src, int off, int count) {
            ensure(8 * count);
            b.asLongBuffer().put(src, off, count);
            b.position(b.position() + 8 * count);
            return this;
        }

        long size() {
            return b.position();
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(b.array(), 0, b.position());
        }
    }
}
