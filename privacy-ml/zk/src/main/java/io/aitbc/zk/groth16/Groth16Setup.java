package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.JacobianOps;
import io.aitbc.zk.bn254.Montgomery256;
import io.aitbc.zk.formats.MpcParams;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.formats.ZkFormatException;
import io.aitbc.zk.msm.FixedScalarMul;
import java.security.SecureRandom;
import java.util.stream.IntStream;

/**
 * Groth16 phase-2 setup: circuit (.r1cs) + phase-1 powers of tau (.ptau, prepared) -> proving key
 * (.zkey) in snarkjs's layout (as {@code snarkjs groth16 setup}), followed by one random delta
 * contribution (as {@code snarkjs zkey contribute}), so the key is usable as is. gamma stays the G2
 * generator, as in snarkjs.
 */
public final class Groth16Setup {

    private Groth16Setup() {
    }

    public static ZKey setup(R1cs r1cs, PowersOfTau ptau) throws ZkFormatException {
        return contribute(newKey(r1cs, ptau), new SecureRandom());
    }

    /** The key before any contribution (delta = 1), identical in content to snarkjs's {@code zkey new}. */
    public static ZKey newKey(R1cs r1cs, PowersOfTau ptau) throws ZkFormatException {
        int nPublic = r1cs.nPublic();
        int nVars = r1cs.nWires();
        long needed = (long) r1cs.nConstraints() + nPublic + 1;
        int log = 64 - Long.numberOfLeadingZeros(needed - 1);
        if (log > ptau.power()) {
            throw new ZkFormatException("circuit needs a domain of 2^" + log + " (" + needed + " rows) but the powers of tau has 2^" + ptau.power());
        }
        int n = 1 << log;
        long[] tauG1 = ptau.lagrangeG1(PowersOfTau.LAGRANGE_TAU_G1, log);
        long[] tauG2 = ptau.lagrangeG2(log);
        long[] alphaTau = ptau.lagrangeG1(PowersOfTau.LAGRANGE_ALPHA_TAU_G1, log);
        long[] betaTau = ptau.lagrangeG1(PowersOfTau.LAGRANGE_BETA_TAU_G1, log);
        long[] doubled = ptau.lagrangeG1(PowersOfTau.LAGRANGE_TAU_G1, log + 1);
        long[] h = new long[8 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(doubled, 8 * (2 * i + 1), h, 8 * i, 8);
        }

        Columns a = Columns.of(r1cs.a(), nVars), b = Columns.of(r1cs.b(), nVars), c = Columns.of(r1cs.c(), nVars);
        int nC = r1cs.nConstraints();
        long[] one = new long[4];
        Fr.ARITH.setOne(one, 0);
        long[] aPts = new long[8 * nVars], b1Pts = new long[8 * nVars], b2Pts = new long[16 * nVars];
        long[] icPts = new long[8 * (nPublic + 1)], cPts = new long[8 * (nVars - nPublic - 1)];
        ThreadLocal<JacobianOps> g1 = ThreadLocal.withInitial(Curves::g1Ops), g2 = ThreadLocal.withInitial(Curves::g2Ops);
        IntStream.range(0, nVars).parallel().forEach(s -> {
            JacobianOps o1 = g1.get(), o2 = g2.get();
            long[] acc = new long[12];
            // A: sum a_cs L_c (+ L_{nC+s} for the public-input rows snarkjs adds)
            o1.setInfinity(acc, 0);
            a.accumulate(s, o1, tauG1, acc);
            if (s <= nPublic) {
                o1.addMixed(acc, 0, tauG1, 8 * (nC + s), acc, 0);
            }
            o1.toAffine(acc, 0, aPts, 8 * s);
            o1.setInfinity(acc, 0);
            b.accumulate(s, o1, tauG1, acc);
            o1.toAffine(acc, 0, b1Pts, 8 * s);
            long[] acc2 = new long[24];
            o2.setInfinity(acc2, 0);
            b.accumulate(s, o2, tauG2, acc2);
            o2.toAffine(acc2, 0, b2Pts, 16 * s);
            // IC / C: beta A + alpha B + C
            o1.setInfinity(acc, 0);
            a.accumulate(s, o1, betaTau, acc);
            b.accumulate(s, o1, alphaTau, acc);
            c.accumulate(s, o1, tauG1, acc);
            if (s <= nPublic) {
                o1.addMixed(acc, 0, betaTau, 8 * (nC + s), acc, 0);
                o1.toAffine(acc, 0, icPts, 8 * s);
            } else {
                o1.toAffine(acc, 0, cPts, 8 * (s - nPublic - 1));
            }
        });
        // section 4: A and B coefficients in constraint order, then the public-input rows
        int nA = r1cs.a().entries(), nB = r1cs.b().entries();
        int total = nA + nB + nPublic + 1;
        int[] m = new int[total], con = new int[total], sig = new int[total];
        long[] val = new long[4 * total];
        int k = 0;
        for (int row = 0; row < nC; row++) {
            for (int mi = 0; mi < 2; mi++) {
                R1cs.Matrix mx = mi == 0 ? r1cs.a() : r1cs.b();
                for (int e = mx.rowStart()[row]; e < mx.rowStart()[row + 1]; e++) {
                    m[k] = mi;
                    con[k] = row;
                    sig[k] = mx.wire()[e];
                    System.arraycopy(mx.coefficients(), 4 * e, val, 4 * k, 4);
                    k++;
                }
            }
        }
        for (int s = 0; s <= nPublic; s++) {
            m[k] = 0;
            con[k] = nC + s;
            sig[k] = s;
            System.arraycopy(one, 0, val, 4 * k, 4);
            k++;
        }
        ZKey initial = new ZKey(nVars, nPublic, n, ptau.firstG1(PowersOfTau.ALPHA_TAU_G1), ptau.firstG1(PowersOfTau.BETA_TAU_G1),
                ptau.firstG2(PowersOfTau.BETA_G2), G2Point.GENERATOR, G1Point.GENERATOR, G2Point.GENERATOR,
                m, con, sig, val, icPts, aPts, b1Pts, b2Pts, cPts, h, new byte[0]);
        return initial.withMpcParams(MpcParams.initial(CircuitHash.of(initial, ptau)).toBytes());
    }

    /**
     * One phase-2 contribution with a fresh secret delta, as {@code snarkjs zkey contribute}: delta1
     * and delta2 multiplied by delta, the C and H points divided by it, and the contribution recorded
     * in section 10 with its proof of knowledge of delta, so that {@code snarkjs zkey verify} accepts the
     * key. The secret is dropped after use.
     */
    public static ZKey contribute(ZKey zk, SecureRandom random) throws ZkFormatException {
        MpcParams mpc = MpcParams.parse(zk.mpcParams());
        Fr delta = RandomScalars.nonZero(random);
        G1Point g1s = G1Point.GENERATOR.multiply(RandomScalars.nonZero(random));
        G1Point g1sx = g1s.multiply(delta);
        byte[] transcript = nextTranscript(mpc, g1s, g1sx);
        G2Point g2spx = HashToG2.hash(transcript).multiply(delta);
        G1Point delta1 = zk.delta1().multiply(delta);
        G2Point delta2 = zk.delta2().multiply(delta);
        MpcParams.Contribution c = new MpcParams.Contribution(delta1, g1s, g1sx, g2spx, transcript, 0, new byte[0]);
        long[] inv = Montgomery256.toLimbs(delta.inverse().toBigInteger());
        return new ZKey(zk.nVars(), zk.nPublic(), zk.domainSize(), zk.alpha1(), zk.beta1(), zk.beta2(), zk.gamma2(), delta1, delta2,
                zk.coefMatrix(), zk.coefConstraint(), zk.coefSignal(), zk.coefValue(), zk.ic(), zk.a(), zk.b1(), zk.b2(),
                scaleAll(zk.c(), inv), scaleAll(zk.h(), inv), mpc.with(c).toBytes());
    }

    /** The transcript a new contribution with key (g1s, g1sx) signs: the hash of everything before it. */
    static byte[] nextTranscript(MpcParams mpc, G1Point g1s, G1Point g1sx) {
        SnarkjsHasher h = new SnarkjsHasher().update(mpc.circuitHash());
        for (MpcParams.Contribution c : mpc.contributions()) {
            h.g1(c.deltaAfter()).g1(c.g1s()).g1(c.g1sx()).g2(c.g2spx()).update(c.transcript());
        }
        return h.g1(g1s).g1(g1sx).digest();
    }

    /** Every affine G1 point times the same secret scalar (constant-pattern windows, in parallel). */
    static long[] scaleAll(long[] points, long[] scalar) {
        return FixedScalarMul.multiplyAll(Curves::g1Ops, points, points.length / 8, scalar);
    }
}
