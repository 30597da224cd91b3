package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.BatchInversion;
import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.PrimeFieldOps;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Montgomery256;
import io.aitbc.zk.fft.Domain;
import io.aitbc.zk.formats.BinFileWriter;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.msm.FixedBaseMul;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * DEVELOPMENT ONLY, UNSAFE FOR PRODUCTION: creates a powers-of-tau file from secrets (tau, alpha,
 * beta) drawn on this machine by a single party, who could forge proofs for every circuit set up
 * from it. Production setups must use a public multi-party ceremony's .ptau. The file is written
 * prepared for phase 2 (Lagrange sections 12-15 exactly as {@code snarkjs powersoftau prepare phase2}
 * lays them out), so both this project and snarkjs can run a Groth16 setup from it.
 */
public final class PowersOfTauGenerator {

    private PowersOfTauGenerator() {
    }

    public static void generateUnsafe(int power, Path out, SecureRandom random) throws IOException {
        if (power < 1 || power > 27) {
            throw new IllegalArgumentException("power must be in 1..27");
        }
        Fr tau = RandomScalars.nonZero(random), alpha = RandomScalars.nonZero(random), beta = RandomScalars.nonZero(random);
        int n = 1 << power;
        long[] tauPowers = Domain.powers(tau, 2 * n);
        try (BinFileWriter w = new BinFileWriter(out, "ptau", 1, 11)) {
            w.section(1, new BinFileWriter.SectionBuilder(48).u32(32).bigIntLE(Fp.MODULUS, 32).u32(power).u32(power));
            w.section(PowersOfTau.TAU_G1, g1(scaled(tauPowers, 2 * n - 1, Fr.ONE)));
            w.section(PowersOfTau.TAU_G2, g2(scaled(tauPowers, n, Fr.ONE)));
            w.section(PowersOfTau.ALPHA_TAU_G1, g1(scaled(tauPowers, n, alpha)));
            w.section(PowersOfTau.BETA_TAU_G1, g1(scaled(tauPowers, n, beta)));
            w.section(PowersOfTau.BETA_G2, g2(scaled(tauPowers, 1, beta)));
            w.section(PowersOfTau.CONTRIBUTIONS, new BinFileWriter.SectionBuilder(4).u32(0));
            w.section(PowersOfTau.LAGRANGE_TAU_G1, g1(lagrangeLevels(tau, power + 1, Fr.ONE, true)));
            w.section(PowersOfTau.LAGRANGE_TAU_G2, g2(lagrangeLevels(tau, power, Fr.ONE, false)));
            w.section(PowersOfTau.LAGRANGE_ALPHA_TAU_G1, g1(lagrangeLevels(tau, power, alpha, false)));
            w.section(PowersOfTau.LAGRANGE_BETA_TAU_G1, g1(lagrangeLevels(tau, power, beta, false)));
        }
    }

    private static long[] scaled(long[] powers, int count, Fr factor) {
        long[] out = new long[4 * count];
        long[] f = new long[4];
        factor.copyMontgomeryTo(f, 0);
        for (int i = 0; i < count; i++) {
            Fr.ARITH.mul(powers, 4 * i, f, 0, out, 4 * i);
        }
        return out;
    }

    /**
     * For each level p = 0..maxLevel: factor * L_j(tau) for the 2^p Lagrange polynomials of snarkjs's
     * domain of size N = 2^p. At the level above the file's power snarkjs interpolates from 2N - 1
     * powers plus a zero, i.e. drops the x^(N-1) term: L_j - omega^j tau^(N-1) / N.
     */
    private static long[] lagrangeLevels(Fr tau, int maxLevel, Fr factor, boolean truncateTop) {
        Montgomery256 f = Fr.ARITH;
        int total = (1 << (maxLevel + 1)) - 1;
        long[] out = new long[4 * total];
        long[] t = new long[4], tauL = new long[4], common = new long[4], top = new long[4];
        tau.copyMontgomeryTo(tauL, 0);
        int off = 0;
        for (int p = 0; p <= maxLevel; p++) {
            int size = 1 << p;
            Fr nInv = Fr.of(size).inverse();
            // L_j(tau) = (tau^N - 1)/N * omega^j / (tau - omega^j), with the denominators inverted in one batch
            tau.pow(BigInteger.valueOf(size)).sub(Fr.ONE).mul(nInv).mul(factor).copyMontgomeryTo(common, 0);
            tau.pow(BigInteger.valueOf(size - 1)).mul(nInv).mul(factor).copyMontgomeryTo(top, 0);
            boolean truncated = truncateTop && p == maxLevel;
            long[] omegas = Domain.powers(Domain.root(p), size);
            long[] den = new long[4 * size];
            for (int j = 0; j < size; j++) {
                f.sub(tauL, 0, omegas, 4 * j, den, 4 * j);
            }
            BatchInversion.invert(PrimeFieldOps.FR, den, size, new long[4 * size], new long[8]);
            for (int j = 0; j < size; j++) {
                int o = 4 * (off + j);
                f.mul(common, 0, omegas, 4 * j, out, o);
                f.mul(out, o, den, 4 * j, out, o);
                if (truncated) {
                    f.mul(omegas, 4 * j, top, 0, t, 0);
                    f.sub(out, o, t, 0, out, o);
                }
            }
            off += size;
        }
        return out;
    }

    private static BinFileWriter.SectionBuilder g1(long[] scalars) {
        long[] g = new long[8];
        G1Point.GENERATOR.writeAffineLimbs(g, 0);
        return limbs(new FixedBaseMul(Curves::g1Ops, g).multiplyAll(scalars, scalars.length / 4));
    }

    private static BinFileWriter.SectionBuilder g2(long[] scalars) {
        long[] g = new long[16];
        G2Point.GENERATOR.writeAffineLimbs(g, 0);
        return limbs(new FixedBaseMul(Curves::g2Ops, g).multiplyAll(scalars, scalars.length / 4));
    }

    private static BinFileWriter.SectionBuilder limbs(long[] points) {
        return new BinFileWriter.SectionBuilder(8 * points.length).limbs(points, 0, points.length);
    }
}
