package io.aitbc.zk.formats;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The iden3 binary container shared by .r1cs, .wtns, .ptau and .zkey: a 4-byte magic, u32 version,
 * u32 section count, then sections (u32 type, u64 size, bytes). All integers little-endian. Each section is
 * memory-mapped read-only on its own, so files may exceed 2 GiB (a 2^21 .ptau is 2.4 GB) as long as every
 * section fits one mapping; every read is bounds-checked and reported as a {@link ZkFormatException}.
 */
public final class BinFile {

    private final Path path;
    private final int version;
    private final Map<Integer, ByteBuffer> sections = new HashMap<>(); // type -> mapped section

    private BinFile(Path path, int version) {
        this.path = path;
        this.version = version;
    }

    /** Opens and indexes a file, checking the magic and that every section lies inside the file. */
    public static BinFile open(Path path, String magic, int maxVersion) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new ZkFormatException(path + ": no such file");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            if (fileSize < 12) {
                throw new ZkFormatException(path + ": truncated (" + fileSize + " bytes, not a ." + magic + " file)");
            }
            ByteBuffer header = readAt(ch, 0, 12);
            byte[] m = new byte[4];
            header.get(0, m);
            String found = new String(m, StandardCharsets.ISO_8859_1);
            if (!found.equals(magic)) {
                throw new ZkFormatException(path + ": not a ." + magic + " file (magic '" + printable(found) + "')");
            }
            int version = header.getInt(4);
            if (version < 1 || version > maxVersion) {
                throw new ZkFormatException(path + ": unsupported ." + magic + " version " + version);
            }
            BinFile f = new BinFile(path, version);
            int n = header.getInt(8);
            long pos = 12;
            for (int i = 0; i < n; i++) {
                if (pos + 12 > fileSize) {
                    throw new ZkFormatException(path + ": truncated in the header of section " + (i + 1) + " of " + n);
                }
                ByteBuffer sh = readAt(ch, pos, 12);
                int type = sh.getInt(0);
                long size = sh.getLong(4);
                pos += 12;
                if (size < 0 || pos + size > fileSize) {
                    throw new ZkFormatException(path + ": section " + type + " claims " + size + " bytes but the file ends first (truncated?)");
                }
                if (size > Integer.MAX_VALUE) {
                    throw new ZkFormatException(path + ": section " + type + " is " + size + " bytes; sections above 2 GiB are not supported");
                }
                if (f.sections.containsKey(type)) {
                    throw new ZkFormatException(path + ": duplicate section " + type);
                }
                // A mapping stays valid after its channel is closed.
                f.sections.put(type, ch.map(FileChannel.MapMode.READ_ONLY, pos, size).order(ByteOrder.LITTLE_ENDIAN));
                pos += size;
            }
            return f;
        }
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return b.flip();
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }

    public Path path() {
        return path;
    }

    public int version() {
        return version;
    }

    public boolean has(int type) {
        return sections.containsKey(type);
    }

    /** A little-endian view of one section (position 0 = section start). */
    public Section section(int type) throws ZkFormatException {
        ByteBuffer mapped = sections.get(type);
        if (mapped == null) {
            throw new ZkFormatException(path + ": missing section " + type);
        }
        ByteBuffer b = mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        return new Section(this, type, b);
    }

    /** Sequential, bounds-checked reader over one section. */
    public static final class Section {
        private final BinFile file;
        private final int type;
        private final ByteBuffer b;

        Section(BinFile file, int type, ByteBuffer b) {
            this.file = file;
            this.type = type;
            this.b = b;
        }

        public long size() {
            return b.limit();
        }

        public int position() {
            return b.position();
        }

        public void position(long pos) throws ZkFormatException {
            if (pos < 0 || pos > b.limit()) {
                throw error("offset " + pos + " outside the section");
            }
            b.position((int) pos);
        }

        public ZkFormatException error(String what) {
            return new ZkFormatException(file.path + ": section " + type + ": " + what);
        }

        private void need(long bytes) throws ZkFormatException {
            if (bytes < 0 || b.remaining() < bytes) {
                throw error("truncated (needs " + bytes + " more bytes, " + b.remaining() + " left)");
            }
        }

        public int u32() throws ZkFormatException {
            need(4);
            return b.getInt();
        }

        /** An unsigned 32-bit count, rejected above {@code max}. */
        public int count(String what, long max) throws ZkFormatException {
            long v = Integer.toUnsignedLong(u32());
            if (v > max) {
                throw error(what + " = " + v + " is out of range (max " + max + ")");
            }
            return (int) v;
        }

        public long u64() throws ZkFormatException {
            need(8);
            return b.getLong();
        }

        public BigInteger bigIntLE(int n8) throws ZkFormatException {
            need(n8);
            byte[] be = new byte[n8 + 1];
            for (int i = 0; i < n8; i++) {
                be[n8 - i] = b.get();
            }
            return new BigInteger(be);
        }

        public byte[] bytes(int n) throws ZkFormatException {
            need(n);
            byte[] r = new byte[n];
            b.get(r);
            return r;
        }

        /** Reads count * 4 little-endian 64-bit limbs into dst (no validation). */
        public void limbs(long[] dst, int off, int count) throws ZkFormatException {
            need(8L * count);
            try {
                b.asLongBuffer().get(dst, off, count);
            } catch (BufferUnderflowException e) {
                throw error("truncated");
            }
            b.position(b.position() + 8 * count);
        }

        public void skip(long bytes) throws ZkFormatException {
            need(bytes);
            b.position((int) (b.position() + bytes));
        }

        public void expectEnd() throws ZkFormatException {
            if (b.remaining() != 0) {
                throw error(b.remaining() + " unexpected trailing bytes");
            }
        }
    }
}
