package io.aitbc.fhe.serialization;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import java.nio.ByteBuffer;

/**
 * Bit-packed RNS polynomials: limb i stores its N residues with exactly bits(q_i) bits each,
 * least-significant bit first, in ceil(N*bits/8) bytes. Values >= q_i are rejected on reading.
 */
final class PolyCodec {

    private PolyCodec() {}

    static int size(Ring ring, int limbs) {
        int total = 0;
        for (int i = 0; i < limbs; i++) total += (ring.n() * ring.modulus(i).bits() + 7) / 8;
        return total;
    }

    static void write(Ring ring, RnsPoly p, ByteBuffer out) {
        for (int i = 0; i < p.limbCount(); i++) {
            int width = ring.modulus(i).bits();
            long acc = 0;
            int filled = 0;
            for (long v : p.limb(i)) {
                int remaining = width;
                long value = v;
                while (remaining > 0) {
                    int take = Math.min(remaining, 64 - filled);
                    long chunk = take == 64 ? value : value & ((1L << take) - 1);
                    acc |= chunk << filled;
                    filled += take;
                    remaining -= take;
                    value = take == 64 ? 0 : value >>> take;
                    if (filled == 64) {
                        flush(out, acc, 8);
                        acc = 0;
                        filled = 0;
                    }
                }
            }
            flush(out, acc, (filled + 7) / 8);
        }
    }

    private static void flush(ByteBuffer out, long acc, int bytes) {
        for (int k = 0; k < bytes; k++) out.put((byte) (acc >>> (8 * k)));
    }

    static RnsPoly read(Ring ring, int limbs, ByteBuffer in, String what) {
        RnsPoly p = ring.newPoly(limbs);
        int n = ring.n();
        for (int i = 0; i < limbs; i++) {
            int width = ring.modulus(i).bits();
            long q = ring.modulus(i).value();
            int bytes = (n * width + 7) / 8;
            if (in.remaining() < bytes) throw new FheFormatException(what + " is truncated (limb " + i + ")");
            long[] z = p.limb(i);
            long acc = 0;
            int available = 0;
            int readBytes = 0;
            for (int c = 0; c < n; c++) {
                long value = 0;
                int got = 0;
                while (got < width) {
                    if (available == 0) {
                        acc = in.get() & 0xFFL;
                        available = 8;
                        readBytes++;
                    }
                    int take = Math.min(width - got, available);
                    value |= (acc & ((1L << take) - 1)) << got;
                    acc >>>= take;
                    available -= take;
                    got += take;
                }
                if (value >= q) throw new FheFormatException(what + ": coefficient " + c + " of limb " + i + " is not below its prime");
                z[c] = value;
            }
            while (readBytes < bytes) {
                in.get();
                readBytes++;
            }
            if (acc != 0) throw new FheFormatException(what + ": nonzero padding bits");
        }
        return p;
    }
}
