package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.Pairing;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.msm.Msm;
import java.util.List;

/**
 * Groth16 verifier: e(-A, B) e(alpha, beta) e(vk_x, gamma) e(C, delta) = 1 with
 * vk_x = IC_0 + sum s_i IC_i. The key's G2 points are prepared once per verifier instance; reuse it.
 * Thread-safe.
 */
public final class Groth16Verifier {

    private final VerificationKey vk;
    private final Pairing.Prepared beta, gamma, delta;
    private final long[] icLimbs;

    public Groth16Verifier(VerificationKey vk) {
        this.vk = vk;
        this.beta = Pairing.prepare(vk.beta2());
        this.gamma = Pairing.prepare(vk.gamma2());
        this.delta = Pairing.prepare(vk.delta2());
        this.icLimbs = new long[8 * vk.nPublic()];
        for (int i = 0; i < vk.nPublic(); i++) {
            vk.ic().get(i + 1).writeAffineLimbs(icLimbs, 8 * i);
        }
    }

    public static boolean verify(VerificationKey vk, PublicSignals publicSignals, Proof proof) {
        return new Groth16Verifier(vk).verify(publicSignals, proof);
    }

    /** False (never an exception) for a wrong number of public signals or an invalid proof. */
    public boolean verify(PublicSignals publicSignals, Proof proof) {
        if (publicSignals.size() != vk.nPublic()) {
            return false;
        }
        long[] scalars = new long[4 * vk.nPublic()];
        for (int i = 0; i < vk.nPublic(); i++) {
            publicSignals.values().get(i).copyMontgomeryTo(scalars, 4 * i);
        }
        G1Point vkX = vk.ic().get(0);
        if (vk.nPublic() > 0) {
            vkX = vkX.add(G1Point.fromJacobian(Msm.multiExp(Curves::g1Ops, icLimbs, scalars, vk.nPublic()), 0));
        }
        return Pairing.productIsOne(
                List.of(proof.a().negate(), vk.alpha1(), vkX, proof.c()),
                List.of(Pairing.prepare(proof.b()), beta, gamma, delta));
    }
}
