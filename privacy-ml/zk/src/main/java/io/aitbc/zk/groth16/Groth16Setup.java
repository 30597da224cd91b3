package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Montgomery256;
import io.aitbc.zk.formats.MpcParams;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.formats.ZkFormatException;
import io.aitbc.zk.msm.FixedScalarMul;
import java.security.SecureRandom;

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

        WirePoints.Result pts = WirePoints.compute(r1cs, new WirePoints.Lagrange(tauG1, tauG2, alphaTau, betaTau));
        int nC = r1cs.nConstraints();
        long[] one = new long[4];
        Fr.ARITH.setOne(one, 0);
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
                m, con, sig, val, pts.ic(), pts.a(), pts.b1(), pts.b2(), pts.c(), h, new byte[0]);
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
        return FixedScalarMul.multiplyAllG1(points, points.length / 8, scalar);
    }
}
