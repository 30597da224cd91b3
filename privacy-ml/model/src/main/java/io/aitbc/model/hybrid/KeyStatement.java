package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.List;

/**
 * The public side of a key proof for one public key and witness commitment: the challenge z (Fiat-Shamir over
 * the parameters, the key and the commitment), b(z) and the vector w_l = (X^l (-a) mod X^N+1)(z).
 */
final class KeyStatement {

    static final String DOMAIN = "aitbc-hybrid/key/v1";

    final Fr z;
    final Fr target;
    final Fr[] w;
    private final BigInteger commitment;

    KeyStatement(HybridParameters params, PublicKeyIntegers key, BigInteger commitment) {
        this.commitment = commitment;
        Transcript t = new Transcript(DOMAIN).bytes("params", params.bfv().id().bytes());
        key.absorb(t, params.q()).integer("commitment", commitment);
        this.z = t.challenges(1)[0];
        this.target = FieldVectors.evaluate(key.b(), z);
        Fr[] va = FieldVectors.shiftEvaluations(key.a(), z);
        this.w = new Fr[va.length];
        for (int i = 0; i < va.length; i++) w[i] = va[i].neg();
    }

    /** [commitment, z, target, w...]. */
    List<BigInteger> publicSignals() {
        return new PublicSignalList().add(commitment).add(z, target).add(w).values();
    }

    WitnessInputs publicInputs() {
        return new WitnessInputs().put("z", z).put("target", target).put("w", w);
    }
}
