package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Fr;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A full circom witness (.wtns, version 2): every wire's value, wire 0 = 1. Held as Montgomery limbs
 * (4 per value) for the prover; the file stores canonical little-endian values.
 */
public record WitnessFile(long[] montgomery) {

    public int size() {
        return montgomery.length / 4;
    }

    public Fr get(int i) {
        return Fr.fromMontgomery(montgomery, 4 * i);
    }

    public static WitnessFile of(List<BigInteger> values) {
        long[] m = new long[4 * values.size()];
        for (int i = 0; i < values.size(); i++) {
            Fr.ofCanonical(values.get(i)).copyMontgomeryTo(m, 4 * i);
        }
        return new WitnessFile(m);
    }

    public List<BigInteger> values() {
        List<BigInteger> r = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            r.add(get(i).toBigInteger());
        }
        return r;
    }

    public static WitnessFile read(Path path) throws IOException {
        BinFile f = BinFile.open(path, "wtns", 2);
        BinFile.Section h = f.section(1);
        int n8 = h.u32();
        PointCodec.expectPrime(h, n8, Fr.MODULUS, "wtns");
        int n = h.count("number of witness values", Integer.MAX_VALUE / 4);
        BinFile.Section s = f.section(2);
        if (s.size() != 32L * n) {
            throw s.error("holds " + s.size() + " bytes, expected " + (32L * n) + " for " + n + " values (truncated?)");
        }
        long[] m = new long[4 * n];
        s.limbs(m, 0, 4 * n);
        for (int i = 0; i < n; i++) {
            if (!Fr.ARITH.isCanonical(m, 4 * i)) {
                throw s.error("value " + i + " is not a reduced field element");
            }
            Fr.ARITH.toMontgomery(m, 4 * i, m, 4 * i);
        }
        if (n == 0 || !Fr.ARITH.isOne(m, 0)) {
            throw s.error("witness must start with the constant 1");
        }
        return new WitnessFile(m);
    }

    public void write(Path path) throws IOException {
        try (BinFileWriter w = new BinFileWriter(path, "wtns", 2, 2)) {
            w.section(1, new BinFileWriter.SectionBuilder(48).u32(32).bigIntLE(Fr.MODULUS, 32).u32(size()));
            BinFileWriter.SectionBuilder s = new BinFileWriter.SectionBuilder(32 * size());
            long[] plain = new long[4];
            for (int i = 0; i < size(); i++) {
                Fr.ARITH.fromMontgomery(montgomery, 4 * i, plain, 0);
                s.limbs(plain, 0, 4);
            }
            w.section(2, s);
        }
    }
}
