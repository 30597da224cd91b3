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
 * u32 section count, then sections (u32 type, u64 size, bytes). All integers little-endian. The file is
 * memory-mapped read-only; every read is bounds-checked and reported as a {@link ZkFormatException}.
 */
public final class BinFile {

    private final Path path;
    private final ByteBuffer buf;
    private final int version;
    private final Map<Integer, long[]> sections = new HashMap<>(); // type -> {offset, size}

    private BinFile(Path path, ByteBuffer buf, int version) {
        this.path = path;
        this.buf = buf;
        this.version = version;
    }

    /** Opens and indexes a file, checking the magic and that every section lies inside the file. */
    public static BinFile open(Path path, String magic, int maxVersion) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new ZkFormatException(path + ": no such file");
        }
        ByteBuffer buf;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new ZkFormatException(path + ": files above 2 GiB are not supported");
            }
            buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        }
        if (buf.limit() < 12) {
            throw new ZkFormatException(path + ": truncated (" + buf.limit() + " bytes, not a ." + magic + " file)");
        }
        byte[] m = new byte[4];
        buf.get(0, m);
        String found = new String(m, StandardCharsets.ISO_8859_1);
        if (!found.equals(magic)) {
            throw new ZkFormatException(path + ": not a ." + magic + " file (magic '" + printable(found) + "')");
        }
        int version = buf.getInt(4);
        if (version < 1 || version > maxVersion) {
            throw new ZkFormatException(path + ": unsupported ." + magic + " version " + version);
        }
        BinFile f = new BinFile(path, buf, version);
        int n = buf.getInt(8);
        long pos = 12;
        for (int i = 0; i < n; i++) {
            if (pos + 12 > buf.limit()) {
                throw new ZkFormatException(path + ": truncated in the header of section " + (i + 1) + " of " + n);
            }
            int type = buf.getInt((int) pos);
            long size = buf.getLong((int) pos + 4);
            pos += 12;
            if (size < 0 || pos + size > buf.limit()) {
                throw new ZkFormatException(path + ": section " + type + " claims " + size + " bytes but the file ends first (truncated?)");
            }
            if (f.sections.putIfAbsent(type, new long[] {pos, size}) != null) {
                throw new ZkFormatException(path + ": duplicate section " + type);
            }
            pos += size;
        }
        return f;
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
        long[] s = sections.get(type);
        if (s == null) {
            throw new ZkFormatException(path + ": missing section " + type);
        }
        ByteBuffer b = buf.slice((int) s[0], (int) s[1]).order(ByteOrder.LITTLE_ENDIAN);
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
