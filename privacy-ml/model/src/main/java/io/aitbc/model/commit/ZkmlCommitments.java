package io.aitbc.model.commit;

import io.aitbc.model.quant.QLinear;
import io.aitbc.model.quant.QuantizationParams;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.zk.poseidon.Poseidon;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Poseidon commitments of docs/ZKML-SPEC.md §3: model commitment
 * {@code Poseidon(2)([archHash, paramsDigest])}, input hash {@code sponge(pack(x, bIn))} and output hash
 * {@code sponge(pack(z, 32))}.
 */
public final class ZkmlCommitments {

    private ZkmlCommitments() {
    }

    /** {@code sponge} of all parameters, per layer its weights ({@code bW}) then its bias ({@code bB}), each packed on its own. */
    public static BigInteger paramsDigest(QuantizedModel model) {
        List<BigInteger> elements = new ArrayList<>();
        for (QLinear l : model.linearLayers()) {
            elements.addAll(FieldPacking.pack(l.weights().toArray(), model.params().bW()));
            elements.addAll(FieldPacking.pack(l.bias().toArray(), model.params().bB()));
        }
        return PoseidonSponge.digest(elements);
    }

    public static BigInteger modelCommitment(QuantizedModel model) {
        return Poseidon.hash(ArchitectureJson.archHash(model), paramsDigest(model));
    }

    /** Hash of a quantized input (signed {@code bIn}-bit values). */
    public static BigInteger inputHash(QuantizedModel model, long[] input) {
        return PoseidonSponge.digest(FieldPacking.pack(input, model.params().bIn()));
    }

    /** Hash of the logits (signed 32-bit values). */
    public static BigInteger outputHash(long[] logits) {
        return PoseidonSponge.digest(FieldPacking.pack(logits, QuantizationParams.ACTIVATION_BITS));
    }
}
