package io.aitbc.model.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads (optionally gzipped) IDX files of unsigned bytes: the MNIST / Fashion-MNIST format. */
final class IdxReader {
    private static final int UBYTE = 0x08;

    private IdxReader() {
    }

    /** Reads at most {@code limit} items; returns the raw bytes and the item dimensions. */
    static Idx read(Path file, int limit) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             DataInputStream in = new DataInputStream(file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw)) {
            int magic = in.readInt();
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UBYTE || (magic & 0xff) < 1 || (magic & 0xff) > 3) {
                throw new IOException(file + " is not an IDX file of unsigned bytes (magic 0x" + Integer.toHexString(magic) + ")");
            }
            int rank = magic & 0xff;
            int count = in.readInt();
            int[] itemDims = new int[rank - 1];
            int itemSize = 1;
            for (int i = 0; i < itemDims.length; i++) {
                itemDims[i] = in.readInt();
                itemSize *= itemDims[i];
            }
            int n = Math.min(count, limit);
            byte[] data = new byte[n * itemSize];
            try {
                in.readFully(data);
            } catch (EOFException e) {
                throw new IOException(file + " is truncated: expected " + n + " items", e);
            }
            return new Idx(n, itemDims, data);
        }
    }

    record Idx(int count, int[] itemDims, byte[] data) {
    }
}
