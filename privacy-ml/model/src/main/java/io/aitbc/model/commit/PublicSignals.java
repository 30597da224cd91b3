package io.aitbc.model.commit;

import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The public signals of a model's inference circuit (docs/ZKML-SPEC.md §4), computed from the quantized
 * reference: what a correct proof must expose, in circom's order by {@link #toFieldElements()}.
 */
public record PublicSignals(BigInteger modelCommitment, BigInteger inputHash, BigInteger outputHash, int predictedClass,
                            long[] logits, BigInteger archHash) {

    public PublicSignals {
        logits = logits.clone();
    }

    /** Runs the quantized reference on {@code input} (already quantized) and computes every signal. */
    public static PublicSignals of(QuantizedModel model, long[] input) {
        long[] z = QuantizedInference.logits(model, input);
        return new PublicSignals(ZkmlCommitments.modelCommitment(model), ZkmlCommitments.inputHash(model, input),
                ZkmlCommitments.outputHash(z), QuantizedInference.argmax(z), z, ArchitectureJson.archHash(model));
    }

    @Override
    public long[] logits() {
        return logits.clone();
    }

    /**
     * {@code modelCommitment, inputHash, outputHash, predictedClass, logits[0..k-1], archHash} as field elements
     * (a negative logit {@code v} is {@code p + v}), as snarkjs writes them to public.json.
     */
    public List<BigInteger> toFieldElements() {
        List<BigInteger> out = new ArrayList<>();
        out.add(modelCommitment);
        out.add(inputHash);
        out.add(outputHash);
        out.add(BigInteger.valueOf(predictedClass));
        out.addAll(CircuitInputs.field(logits));
        out.add(archHash);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicSignals s && toFieldElements().equals(s.toFieldElements());
    }

    @Override
    public int hashCode() {
        return toFieldElements().hashCode();
    }

    @Override
    public String toString() {
        return "PublicSignals" + toFieldElements();
    }
}
