package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.List;

/**
 * The public side of an input proof: challenges (z, gamma) from the parameters, the input layout, the key,
 * the ciphertext and the witness commitment; target = c0(z) + gamma c1(z); w_l = (X^l b)(z) + gamma (X^l a)(z).
 */
final class InputStatement {

    static final String DOMAIN = "aitbc-hybrid/input/v1";

    final Fr z;
    final Fr gamma;
    final Fr target;
    final Fr[] w;
    private final BigInteger commitment;

    InputStatement(HybridParameters params, InputRelation relation, PublicKeyIntegers key, CiphertextIntegers ct, BigInteger commitment) {
        this.commitment = commitment;
        Transcript t = new Transcript(DOMAIN).bytes("params", params.bfv().id().bytes())
                .integer("inputs", relation.inputs()).integer("lo", relation.range().lo()).integer("hi", relation.range().hi());
        key.absorb(t, params.q());
        ct.absorb(t, params.q()).integer("commitment", commitment);
        Fr[] c = t.challenges(2);
        this.z = c[0];
        this.gamma = c[1];
        this.target = FieldVectors.evaluate(ct.c0(), z).add(gamma.mul(FieldVectors.evaluate(ct.c1(), z)));
        this.w = FieldVectors.combine(FieldVectors.shiftEvaluations(key.b(), z), gamma, FieldVectors.shiftEvaluations(key.a(), z));
    }

    /** [commitment, z, gamma, target, w...]. */
    List<BigInteger> publicSignals() {
        return new PublicSignalList().add(commitment).add(z, gamma, target).add(w).values();
    }

    WitnessInputs publicInputs() {
        return new WitnessInputs().put("z", z).put("gamma", gamma).put("target", target).put("w", w);
    }
}
