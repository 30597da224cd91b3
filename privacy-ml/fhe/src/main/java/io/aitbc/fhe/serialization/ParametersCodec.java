package io.aitbc.fhe.serialization;

import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.CanonicalEncoding;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SchemeParameters;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Reads the canonical parameter encoding back (see {@link CanonicalEncoding}); rebuilding re-validates security. */
final class ParametersCodec {

    private static final int MAX_PRIMES = 64;

    private ParametersCodec() {}

    static SchemeParameters decode(byte[] canonical) {
        try {
            ByteBuffer b = ByteBuffer.wrap(canonical);
            byte[] magic = new byte[4];
            b.get(magic);
            if (!Arrays.equals(magic, CanonicalEncoding.MAGIC)) throw new FheFormatException("not a parameter encoding");
            int version = b.get() & 0xFF;
            if (version != CanonicalEncoding.VERSION) throw new FheFormatException("unsupported parameter encoding version " + version);
            int scheme = b.get() & 0xFF;
            int n = b.getInt();
            long[] q = primes(b);
            long[] p = primes(b);
            double sigma = b.getDouble();
            boolean testOnly = b.get() != 0;
            if (sigma != 3.2) throw new FheFormatException("unsupported error deviation " + sigma);
            RlweParameters rlwe = testOnly ? RlweParameters.insecureForTesting(n, q, p) : RlweParameters.of(n, q, p);
            SchemeParameters out = switch (scheme) {
                case 0 -> new CkksParameters(rlwe, b.getDouble());
                case 1 -> new BfvParameters(rlwe, b.getLong());
                default -> throw new FheFormatException("unknown scheme code " + scheme);
            };
            if (b.hasRemaining()) throw new FheFormatException("unexpected bytes after the parameters");
            if (!Arrays.equals(out.canonicalEncoding(), canonical)) throw new FheFormatException("non-canonical parameter encoding");
            return out;
        } catch (BufferUnderflowException e) {
            throw new FheFormatException("truncated parameter encoding", e);
        }
    }

    private static long[] primes(ByteBuffer b) {
        int count = b.getShort() & 0xFFFF;
        if (count == 0 || count > MAX_PRIMES) throw new FheFormatException("implausible prime count " + count);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) out[i] = b.getLong();
        return out;
    }
}
