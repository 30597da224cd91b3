package io.aitbc.model.hybrid;

import io.aitbc.model.commit.ArchitectureJson;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.quant.FixedPoint;
import io.aitbc.model.quant.QDense;
import io.aitbc.model.quant.QReshape;
import io.aitbc.model.quant.QuantizedLayer;
import io.aitbc.model.quant.QuantizedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's side of a hybrid model: a quantized model made of reshapes and one dense layer (ZKML-SPEC
 * semantics), with its weights, and the public {@link ModelSpec} that clients verify against. The client
 * decrypts the accumulators b_i + sum_j W_ij x_j and rescales them by 2^-fW itself.
 */
public final class HybridModel {

    private final QuantizedModel model;
    private final QDense dense;
    private final ModelSpec spec;

    private HybridModel(QuantizedModel model, QDense dense, ModelSpec spec) {
        this.model = model;
        this.dense = dense;
        this.spec = spec;
    }

    /** Checks that the model is one dense layer (after reshapes) that fits the parameters' ring and plaintext modulus. */
    public static HybridModel of(QuantizedModel model, InputRange range, HybridParameters params) {
        List<QDense> dense = new ArrayList<>();
        for (QuantizedLayer layer : model.layers()) {
            switch (layer) {
                case QReshape r -> { }
                case QDense d -> dense.add(d);
                default -> dense.add(null);
            }
        }
        if (dense.size() != 1 || dense.get(0) == null) {
            throw new IllegalArgumentException("the hybrid protocol evaluates reshapes and one dense layer, not "
                    + model.layers().stream().map(QuantizedLayer::op).toList());
        }
        QDense d = dense.get(0);
        int bIn = model.params().bIn();
        if (!FixedPoint.fits(range.lo(), bIn) || !FixedPoint.fits(range.hi(), bIn)) {
            throw new IllegalArgumentException("input range " + range + " exceeds the model's " + bIn + "-bit inputs");
        }
        ModelSpec spec = new ModelSpec(d.inputs(), d.outputs(), model.params().bW(), model.params().bB(),
                d.weightFractionBits(), ArchitectureJson.archHash(model), ZkmlCommitments.modelCommitment(model), range);
        spec.requireFits(params);
        return new HybridModel(model, d, spec);
    }

    public QuantizedModel quantized() { return model; }

    public ModelSpec spec() { return spec; }

    /** Weights, row-major [output][input]. */
    long[] weights() { return dense.weights().toArray(); }

    long[] bias() { return dense.bias().toArray(); }

    /** The weight polynomial v = sum W_ij X^(i n + n - 1 - j). */
    long[] weightPolynomial(int n) {
        long[] v = new long[n];
        long[] w = weights();
        for (int i = 0; i < spec.outputs(); i++) {
            for (int j = 0; j < spec.inputs(); j++) {
                v[spec.weightPosition(i, j)] = w[i * spec.inputs() + j];
            }
        }
        return v;
    }
}
