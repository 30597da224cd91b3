package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Groth16 proving key in snarkjs's .zkey format (sections 1-10). Point arrays are affine Montgomery
 * limbs (G1: 8 longs, G2: 16 longs per point); coefficients of the A and B matrices (section 4) are
 * kept as (matrix, constraint, signal, value in Montgomery form); the file stores value * R^2. Section 10
 * (the phase-2 transcript, {@link MpcParams}) is validated and kept raw.
 */
public record ZKey(int nVars, int nPublic, int domainSize,
                   G1Point alpha1, G1Point beta1, G2Point beta2, G2Point gamma2, G1Point delta1, G2Point delta2,
                   int[] coefMatrix, int[] coefConstraint, int[] coefSignal, long[] coefValue,
                   long[] ic, long[] a, long[] b1, long[] b2, long[] c, long[] h, byte[] mpcParams) {

    /** The same key with another section 10 (raw bytes). */
    public ZKey withMpcParams(byte[] section10) {
        return new ZKey(nVars, nPublic, domainSize, alpha1, beta1, beta2, gamma2, delta1, delta2, coefMatrix, coefConstraint,
                coefSignal, coefValue, ic, a, b1, b2, c, h, section10.clone());
    }

    public int nCoefficients() {
        return coefMatrix.length;
    }

    public int domainLog() {
        return Integer.numberOfTrailingZeros(domainSize);
    }

    public VerificationKey verificationKey() {
        java.util.List<G1Point> icPoints = new java.util.ArrayList<>();
        for (int i = 0; i <= nPublic; i++) {
            icPoints.add(G1Point.fromAffineLimbs(ic, 8 * i));
        }
        return new VerificationKey(nPublic, alpha1, beta2, gamma2, delta2, icPoints);
    }

    public static ZKey read(Path path) throws IOException {
        BinFile f = BinFile.open(path, "zkey", 1);
        BinFile.Section s1 = f.section(1);
        int protocol = s1.u32();
        if (protocol != 1) {
            throw s1.error("protocol " + protocol + " is not Groth16 (1)");
        }
        BinFile.Section h = f.section(2);
        PointCodec.expectPrime(h, h.u32(), Fp.MODULUS, "zkey base field");
        PointCodec.expectPrime(h, h.u32(), Fr.MODULUS, "zkey scalar field");
        int nVars = h.count("nVars", 1 << 28);
        int nPublic = h.count("nPublic", nVars - 1L);
        int domainSize = h.count("domainSize", 1 << 28);
        if (Integer.bitCount(domainSize) != 1) {
            throw h.error("domainSize " + domainSize + " is not a power of two");
        }
        G1Point alpha1 = PointCodec.readG1Point(h, "alpha1");
        G1Point beta1 = PointCodec.readG1Point(h, "beta1");
        G2Point beta2 = PointCodec.readG2Point(h, "beta2");
        G2Point gamma2 = PointCodec.readG2Point(h, "gamma2");
        G1Point delta1 = PointCodec.readG1Point(h, "delta1");
        G2Point delta2 = PointCodec.readG2Point(h, "delta2");

        BinFile.Section cs = f.section(4);
        int nCoef = cs.count("number of coefficients", (cs.size() - 4) / 44);
        int[] m = new int[nCoef], con = new int[nCoef], sig = new int[nCoef];
        long[] val = new long[4 * nCoef];
        for (int i = 0; i < nCoef; i++) {
            m[i] = cs.count("matrix", 1);
            con[i] = cs.count("constraint", domainSize - 1L);
            sig[i] = cs.count("signal", nVars - 1L);
            cs.limbs(val, 4 * i, 4);
            if (!Fr.ARITH.isCanonical(val, 4 * i)) {
                throw cs.error("coefficient " + i + " is not a reduced field element");
            }
            // stored as coef * R^2 (snarkjs multiplies it with standard-form witness values); keep coef * R
            Fr.ARITH.fromMontgomery(val, 4 * i, val, 4 * i);
        }
        return new ZKey(nVars, nPublic, domainSize, alpha1, beta1, beta2, gamma2, delta1, delta2, m, con, sig, val,
                points(f, 3, nPublic + 1, "IC"), points(f, 5, nVars, "A"), points(f, 6, nVars, "B1"),
                g2Points(f, 7, nVars), points(f, 8, nVars - nPublic - 1, "C"), points(f, 9, domainSize, "H"),
                mpcSection(f));
    }

    /** Section 10 kept raw (written back byte for byte), after checking that it parses. */
    private static byte[] mpcSection(BinFile f) throws ZkFormatException {
        BinFile.Section s = f.section(10);
        byte[] raw = s.bytes((int) s.size());
        try {
            MpcParams.parse(raw);
        } catch (ZkFormatException e) {
            throw new ZkFormatException(f.path() + ": " + e.getMessage(), e);
        }
        return raw;
    }

    private static long[] points(BinFile f, int section, int count, String what) throws ZkFormatException {
        BinFile.Section s = f.section(section);
        if (s.size() != 64L * count) {
            throw s.error(what + " holds " + s.size() + " bytes, expected " + (64L * count) + " (" + count + " points)");
        }
        return PointCodec.readG1(s, count, what);
    }

    private static long[] g2Points(BinFile f, int section, int count) throws ZkFormatException {
        BinFile.Section s = f.section(section);
        if (s.size() != 128L * count) {
            throw s.error("B2 holds " + s.size() + " bytes, expected " + (128L * count));
        }
        return PointCodec.readG2(s, count, "B2");
    }

    public void write(Path path) throws IOException {
        try (BinFileWriter w = new BinFileWriter(path, "zkey", 1, 10)) {
            w.section(1, new BinFileWriter.SectionBuilder(4).u32(1));
            BinFileWriter.SectionBuilder hdr = new BinFileWriter.SectionBuilder(1024);
            hdr.u32(32).bigIntLE(Fp.MODULUS, 32).u32(32).bigIntLE(Fr.MODULUS, 32).u32(nVars).u32(nPublic).u32(domainSize);
            PointCodec.write(hdr, alpha1);
            PointCodec.write(hdr, beta1);
            PointCodec.write(hdr, beta2);
            PointCodec.write(hdr, gamma2);
            PointCodec.write(hdr, delta1);
            PointCodec.write(hdr, delta2);
            w.section(2, hdr);
            w.section(3, limbs(ic));
            BinFileWriter.SectionBuilder cs = new BinFileWriter.SectionBuilder(4 + 44 * nCoefficients());
            cs.u32(nCoefficients());
            long[] stored = new long[4];
            for (int i = 0; i < nCoefficients(); i++) {
                Fr.ARITH.toMontgomery(coefValue, 4 * i, stored, 0);
                cs.u32(coefMatrix[i]).u32(coefConstraint[i]).u32(coefSignal[i]).limbs(stored, 0, 4);
            }
            w.section(4, cs);
            w.section(5, limbs(a));
            w.section(6, limbs(b1));
            w.section(7, limbs(b2));
            w.section(8, limbs(c));
            w.section(9, limbs(h));
            w.section(10, new BinFileWriter.SectionBuilder(mpcParams.length).bytes(mpcParams));
        }
    }

    private static BinFileWriter.SectionBuilder limbs(long[] l) {
        return new BinFileWriter.SectionBuilder(8 * l.length).limbs(l, 0, l.length);
    }
}
