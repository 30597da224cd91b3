package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Montgomery256;
import io.aitbc.zk.fft.Domain;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.msm.Msm;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Groth16 prover for snarkjs zkeys: the same algorithm as {@code snarkjs groth16 prove} (QAP
 * evaluations on the domain, the quotient evaluated on the odd coset of the doubled domain against
 * the zkey's H points), so zkeys and proofs interoperate both ways.
 */
public final class Groth16Prover {

    private static final Montgomery256 F = Fr.ARITH;

    private Groth16Prover() {
    }

    public static ProofResult prove(ZKey zk, WitnessFile witness) {
        return prove(zk, witness, new SecureRandom());
    }

    public static ProofResult prove(ZKey zk, WitnessFile witness, SecureRandom random) {
        if (witness.size() != zk.nVars()) {
            throw new IllegalArgumentException("witness has " + witness.size() + " values, the zkey expects " + zk.nVars()
                    + " (wrong circuit?)");
        }
        long[] w = witness.montgomery();
        int n = zk.domainSize();
        // the G2 MSM runs alongside the G1 work: the cores share it, and the JIT profiles G1 and G2 field
        // code together from the start instead of compiling it for G1 and again for both
        CompletableFuture<long[]> b2Sum = CompletableFuture.supplyAsync(() -> Msm.multiExp(Curves::g2Ops, zk.b2(), w, zk.nVars()));
        long[] h = quotientOnOddCoset(zk, w);
        long[] msmA = Msm.multiExp(Curves::g1Ops, zk.a(), w, zk.nVars());
        long[] msmB1 = Msm.multiExp(Curves::g1Ops, zk.b1(), w, zk.nVars());
        long[] wPrivate = Arrays.copyOfRange(w, 4 * (zk.nPublic() + 1), w.length);
        long[] c = Msm.multiExp(Curves::g1Ops, zk.c(), wPrivate, zk.nVars() - zk.nPublic() - 1);
        long[] hSum = Msm.multiExp(Curves::g1Ops, zk.h(), h, n);
        long[] b2 = b2Sum.join();

        Fr r = RandomScalars.uniform(random), s = RandomScalars.uniform(random);
        G1Point a = zk.alpha1().add(G1Point.fromJacobian(msmA, 0)).add(zk.delta1().multiply(r));
        G2Point b = zk.beta2().add(G2Point.fromJacobian(b2, 0)).add(zk.delta2().multiply(s));
        if (!b.isInSubgroup()) {
            // only possible with B2 points outside G2 (bulk points are checked on-curve only when read); a
            // small-order component of B would depend on the witness, so nothing is published
            throw new IllegalArgumentException("zkey holds B2 points outside the G2 subgroup (corrupt or malicious key)");
        }
        G1Point bInG1 = zk.beta1().add(G1Point.fromJacobian(msmB1, 0)).add(zk.delta1().multiply(s));
        G1Point cPoint = G1Point.fromJacobian(c, 0).add(G1Point.fromJacobian(hSum, 0))
                .add(a.multiply(s)).add(bInG1.multiply(r)).add(zk.delta1().multiply(r.mul(s)).negate());

        List<Fr> pub = new ArrayList<>();
        for (int i = 1; i <= zk.nPublic(); i++) {
            pub.add(witness.get(i));
        }
        return new ProofResult(new Proof(a, b, cPoint), new PublicSignals(pub));
    }

    /** Evaluations of (A*B - C) on the coset omega_2n * domain, from the witness and section 4. */
    static long[] quotientOnOddCoset(ZKey zk, long[] w) {
        int n = zk.domainSize();
        long[] a = new long[4 * n], b = new long[4 * n];
        long[] t = new long[4];
        int[] mat = zk.coefMatrix(), con = zk.coefConstraint(), sig = zk.coefSignal();
        long[] val = zk.coefValue();
        for (int k = 0; k < mat.length; k++) {
            long[] target = mat[k] == 0 ? a : b;
            F.mul(val, 4 * k, w, 4 * sig[k], t, 0);
            F.add(target, 4 * con[k], t, 0, target, 4 * con[k]);
        }
        long[] c = new long[4 * n];
        for (int i = 0; i < n; i++) {
            F.mul(a, 4 * i, b, 4 * i, c, 4 * i);
        }
        Domain d = new Domain(zk.domainLog());
        Fr shift = Domain.root(zk.domainLog() + 1);
        List<long[]> polys = List.of(a, b, c);
        polys.parallelStream().forEach(p -> {
            d.ifftToCoset(p, shift);
            d.fft(p);
        });
        for (int i = 0; i < n; i++) {
            F.mul(a, 4 * i, b, 4 * i, a, 4 * i);
            F.sub(a, 4 * i, c, 4 * i, a, 4 * i);
        }
        return a;
    }
}
