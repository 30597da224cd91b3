package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Fp;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A powers-of-tau file (.ptau) prepared for phase 2 (sections 12-15 hold the Lagrange-basis points
 * per power of two). Opened lazily: only the slices a setup needs are read and validated.
 */
public final class PowersOfTau {

    public static final int TAU_G1 = 2, TAU_G2 = 3, ALPHA_TAU_G1 = 4, BETA_TAU_G1 = 5, BETA_G2 = 6, CONTRIBUTIONS = 7;
    public static final int LAGRANGE_TAU_G1 = 12, LAGRANGE_TAU_G2 = 13, LAGRANGE_ALPHA_TAU_G1 = 14, LAGRANGE_BETA_TAU_G1 = 15;

    private final BinFile file;
    private final int power;
    private final int ceremonyPower;

    private PowersOfTau(BinFile file, int power, int ceremonyPower) {
        this.file = file;
        this.power = power;
        this.ceremonyPower = ceremonyPower;
    }

    public static PowersOfTau open(Path path) throws IOException {
        BinFile f = BinFile.open(path, "ptau", 1);
        BinFile.Section h = f.section(1);
        PointCodec.expectPrime(h, h.u32(), Fp.MODULUS, "ptau");
        int power = h.count("power", 28);
        int ceremonyPower = h.count("ceremonyPower", 28);
        if (power < 1) {
            throw h.error("power must be at least 1");
        }
        return new PowersOfTau(f, power, ceremonyPower);
    }

    public int power() {
        return power;
    }

    public int ceremonyPower() {
        return ceremonyPower;
    }

    public boolean isPreparedForPhase2() {
        return file.has(LAGRANGE_TAU_G1) && file.has(LAGRANGE_TAU_G2) && file.has(LAGRANGE_ALPHA_TAU_G1) && file.has(LAGRANGE_BETA_TAU_G1);
    }

    /** {@code count} G1 points of a section starting at point {@code first}, validated. */
    public long[] g1(int section, long first, int count) throws ZkFormatException {
        BinFile.Section s = file.section(section);
        s.position(first * 64);
        return PointCodec.readG1(s, count, "ptau section " + section);
    }

    public long[] g2(int section, long first, int count) throws ZkFormatException {
        BinFile.Section s = file.section(section);
        s.position(first * 128);
        return PointCodec.readG2(s, count, "ptau section " + section);
    }

    /** Number of points in a section (G1: 64 bytes, G2: 128 bytes each). */
    public long pointCount(int section, boolean g2) throws ZkFormatException {
        return file.section(section).size() / (g2 ? 128 : 64);
    }

    /** Lagrange-basis points for the domain of size 2^log (offset 2^log - 1 points in the section). */
    public long[] lagrangeG1(int section, int log) throws ZkFormatException {
        requireLevel(log, section == LAGRANGE_TAU_G1 ? power + 1 : power);
        return g1(section, (1L << log) - 1, 1 << log);
    }

    public long[] lagrangeG2(int log) throws ZkFormatException {
        requireLevel(log, power);
        return g2(LAGRANGE_TAU_G2, (1L << log) - 1, 1 << log);
    }

    private void requireLevel(int log, int max) throws ZkFormatException {
        if (!isPreparedForPhase2()) {
            throw new ZkFormatException(file.path() + ": not prepared for phase 2 (no Lagrange sections 12-15); run 'snarkjs powersoftau prepare phase2'");
        }
        if (log > max) {
            throw new ZkFormatException(file.path() + ": powers of tau 2^" + power + " too small for a domain of 2^" + log);
        }
    }

    public io.aitbc.zk.bn254.G1Point firstG1(int section) throws ZkFormatException {
        return io.aitbc.zk.bn254.G1Point.fromAffineLimbs(g1(section, 0, 1), 0);
    }

    public io.aitbc.zk.bn254.G2Point firstG2(int section) throws ZkFormatException {
        return io.aitbc.zk.bn254.G2Point.fromAffineLimbs(g2(section, 0, 1), 0);
    }
}
