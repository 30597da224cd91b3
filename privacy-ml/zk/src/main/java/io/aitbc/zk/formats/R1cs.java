package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.Montgomery256;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A circom constraint system (.r1cs). Wire 0 is the constant 1, then public outputs, public inputs,
 * private inputs, other signals. Each constraint is A * B = C over linear combinations of wires; the
 * three matrices are stored row-compressed with coefficients in Montgomery form.
 */
public record R1cs(int nWires, int nPubOut, int nPubIn, int nPrvIn, long nLabels, int nConstraints,
                   Matrix a, Matrix b, Matrix c) {

    /** Row-compressed sparse matrix: row i uses entries rowStart[i] .. rowStart[i+1]-1. */
    public record Matrix(int[] rowStart, int[] wire, long[] coefficients) {
        public int entries() {
            return wire.length;
        }
    }

    public int nPublic() {
        return nPubOut + nPubIn;
    }

    public static R1cs read(Path path) throws IOException {
        BinFile f = BinFile.open(path, "r1cs", 1);
        BinFile.Section h = f.section(1);
        int n8 = h.u32();
        PointCodec.expectPrime(h, n8, Fr.MODULUS, "r1cs");
        int nWires = h.count("nWires", Integer.MAX_VALUE);
        int nPubOut = h.count("nPubOut", nWires);
        int nPubIn = h.count("nPubIn", nWires);
        int nPrvIn = h.count("nPrvIn", nWires);
        long nLabels = h.u64();
        int nConstraints = h.count("nConstraints", Integer.MAX_VALUE);
        if (1L + nPubOut + nPubIn + nPrvIn > nWires) {
            throw h.error("more inputs and outputs than wires");
        }
        BinFile.Section s = f.section(2);
        MatrixBuilder[] m = {new MatrixBuilder(nConstraints), new MatrixBuilder(nConstraints), new MatrixBuilder(nConstraints)};
        long[] tmp = new long[4];
        for (int i = 0; i < nConstraints; i++) {
            for (MatrixBuilder mb : m) {
                int terms = s.count("terms of constraint " + i, nWires);
                for (int t = 0; t < terms; t++) {
                    int wire = s.count("wire id in constraint " + i, nWires - 1);
                    s.limbs(tmp, 0, 4);
                    if (!Fr.ARITH.isCanonical(tmp, 0)) {
                        throw s.error("coefficient in constraint " + i + " is not a reduced field element");
                    }
                    Fr.ARITH.toMontgomery(tmp, 0, tmp, 0);
                    mb.add(wire, tmp);
                }
                mb.endRow();
            }
        }
        s.expectEnd();
        return new R1cs(nWires, nPubOut, nPubIn, nPrvIn, nLabels, nConstraints, m[0].build(), m[1].build(), m[2].build());
    }

    /** Writes the header and constraints sections (and an identity wire-to-label map). */
    public void write(Path path) throws IOException {
        try (BinFileWriter w = new BinFileWriter(path, "r1cs", 1, 3)) {
            BinFileWriter.SectionBuilder h = new BinFileWriter.SectionBuilder(64);
            h.u32(32).bigIntLE(Fr.MODULUS, 32).u32(nWires).u32(nPubOut).u32(nPubIn).u32(nPrvIn).u64(nLabels).u32(nConstraints);
            w.section(1, h);
            BinFileWriter.SectionBuilder s = new BinFileWriter.SectionBuilder(1 << 16);
            long[] plain = new long[4];
            for (int i = 0; i < nConstraints; i++) {
                for (Matrix mx : new Matrix[] {a, b, c}) {
                    int from = mx.rowStart[i], to = mx.rowStart[i + 1];
                    s.u32(to - from);
                    for (int e = from; e < to; e++) {
                        s.u32(mx.wire[e]);
                        Fr.ARITH.fromMontgomery(mx.coefficients, 4 * e, plain, 0);
                        s.limbs(plain, 0, 4);
                    }
                }
            }
            w.section(2, s);
            BinFileWriter.SectionBuilder labels = new BinFileWriter.SectionBuilder(8 * nWires);
            for (int i = 0; i < nWires; i++) {
                labels.u64(i);
            }
            w.section(3, labels);
        }
    }

    private static final class MatrixBuilder {
        private final int[] rowStart;
        private int rows;
        private int[] wire = new int[16];
        private long[] coef = new long[64];
        private int n;

        MatrixBuilder(int nRows) {
            rowStart = new int[nRows + 1];
        }

        void add(int w, long[] c) {
            if (n == wire.length) {
                wire = java.util.Arrays.copyOf(wire, 2 * n);
                coef = java.util.Arrays.copyOf(coef, 8 * n);
            }
            wire[n] = w;
            Montgomery256.copy(c, 0, coef, 4 * n);
            n++;
        }

        void endRow() {
            rowStart[++rows] = n;
        }

        Matrix build() {
            return new Matrix(rowStart, java.util.Arrays.copyOf(wire, n), java.util.Arrays.copyOf(coef, 4 * n));
        }
    }
}
