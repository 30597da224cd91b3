package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.List;

/**
 * The public side of an evaluation proof (docs/HYBRID.md §3): challenges (z, gamma) over the parameters, the
 * model's public description, the key, the input ciphertext, the result and the server's witness commitment;
 * target = c1'(z) + sum_i gamma^(i+1) beta_i; for every weight at position l:
 * wv = (X^l c1)(z) + sum_i gamma^(i+1) (X^l c0)_{P_i}; for every l < N: wu = (X^l a)(z) + sum_i gamma^(i+1) (X^l b)_{P_i}.
 */
final class EvalStatement {

    static final String DOMAIN = "aitbc-hybrid/eval/v1";

    final Fr z;
    final Fr gamma;
    final Fr target;
    final Fr[] wv;
    final Fr[] wu;
    private final ModelSpec spec;
    private final BigInteger commitment;

    EvalStatement(HybridParameters params, ModelSpec spec, PublicKeyIntegers key, CiphertextIntegers in,
                  BigInteger[] c1out, BigInteger[] beta, BigInteger commitment) {
        this.spec = spec;
        this.commitment = commitment;
        BigInteger q = params.q();
        Transcript t = new Transcript(DOMAIN).bytes("params", params.bfv().id().bytes())
                .integer("inputs", spec.inputs()).integer("outputs", spec.outputs())
                .integer("lo", spec.inputRange().lo()).integer("hi", spec.inputRange().hi())
                .integer("archHash", spec.archHash()).integer("model", spec.commitment());
        key.absorb(t, q);
        in.absorb(t, q).polynomial("c1'", c1out, q).polynomial("beta", beta, q).integer("commitment", commitment);
        Fr[] c = t.challenges(2);
        this.z = c[0];
        this.gamma = c[1];
        int outputs = spec.outputs();
        Fr[] powers = new Fr[outputs];
        int[] positions = new int[outputs];
        Fr p = Fr.ONE;
        Fr sum = FieldVectors.evaluate(c1out, z);
        for (int i = 0; i < outputs; i++) {
            p = p.mul(gamma);
            powers[i] = p;
            positions[i] = spec.outputPosition(i);
            sum = sum.add(p.mul(Fr.of(beta[i])));
        }
        this.target = sum;
        Fr[] vc1 = FieldVectors.shiftEvaluations(in.c1(), z);
        Fr[] c0At = combinedShifts(in.c0(), positions, powers);
        this.wv = new Fr[outputs * spec.inputs()];
        for (int i = 0; i < outputs; i++) {
            for (int j = 0; j < spec.inputs(); j++) {
                int l = spec.weightPosition(i, j);
                wv[i * spec.inputs() + j] = vc1[l].add(c0At[l]);
            }
        }
        Fr[] va = FieldVectors.shiftEvaluations(key.a(), z);
        Fr[] bAt = combinedShifts(key.b(), positions, powers);
        this.wu = new Fr[va.length];
        for (int l = 0; l < va.length; l++) {
            wu[l] = va[l].add(bAt[l]);
        }
    }

    /** For every l: sum_i powers_i (X^l p)_{positions_i}. */
    private static Fr[] combinedShifts(BigInteger[] poly, int[] positions, Fr[] powers) {
        int n = poly.length;
        Fr[] pf = new Fr[n];
        for (int i = 0; i < n; i++) pf[i] = Fr.of(poly[i]);
        Fr[] out = new Fr[n];
        for (int l = 0; l < n; l++) {
            Fr acc = Fr.ZERO;
            for (int i = 0; i < positions.length; i++) {
                int pos = positions[i];
                Fr coefficient = l <= pos ? pf[pos - l] : pf[pos - l + n].neg();
                acc = acc.add(powers[i].mul(coefficient));
            }
            out[l] = acc;
        }
        return out;
    }

    /** [modelCommitment, commitment, archHash, z, gamma, target, wv..., wu...]. */
    List<BigInteger> publicSignals() {
        return new PublicSignalList().add(spec.commitment()).add(commitment).add(spec.archHash())
                .add(z, gamma, target).add(wv).add(wu).values();
    }

    WitnessInputs publicInputs() {
        return new WitnessInputs().put("archHash", spec.archHash()).put("z", z).put("gamma", gamma).put("target", target)
                .put("wv", wv).put("wu", wu);
    }
}
