package io.aitbc.model.quant;

import io.aitbc.model.ir.AveragePool;
import io.aitbc.model.ir.Conv2d;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Polynomial;
import io.aitbc.model.ir.RealTensor;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Reshape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.ir.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a float model into its fixed-point form (docs/ZKML-SPEC.md §1-2): per Dense/Conv layer the largest
 * {@code fW} in [0, 24] with {@code round(max|W| * 2^fW) <= 2^(bW-1) - 1}, weights rounded half away from
 * zero with {@code fW} fractional bits, biases with {@code fA + fW}. The output head is dropped: the
 * quantized model ends in logits and its class is their argmax.
 */
public final class Quantizer {

    private Quantizer() {
    }

    public static QuantizedModel quantize(Model model) {
        return quantize(model, QuantizationParams.DEFAULT);
    }

    public static QuantizedModel quantize(Model model, QuantizationParams params) {
        List<QuantizedLayer> out = new ArrayList<>();
        for (int i = 0; i < model.layers().size(); i++) {
            out.add(quantize(i, model.layers().get(i), params));
        }
        return new QuantizedModel(model.inputShape(), out, params);
    }

    /** The spec's {@code fW} for weights whose largest magnitude is {@code maxAbs}. */
    public static int weightFractionBits(double maxAbs, int weightBits) {
        long limit = (1L << (weightBits - 1)) - 1;
        for (int f = QuantizationParams.MAX_WEIGHT_FRACTION_BITS; f >= 0; f--) {
            if (FixedPoint.roundHalfAwayFromZero(Math.scalb(maxAbs, f)) <= limit) {
                return f;
            }
        }
        throw new QuantizationRangeException("weights up to " + maxAbs + " do not fit " + weightBits
                + " bits even with 0 fractional bits");
    }

    /**
     * The real values that {@code weights} become after quantization to {@code bits} (per-tensor {@code fW} as
     * above, then scaled back): a float model with such weights loses nothing more to weight quantization.
     */
    public static double[] snapWeights(double[] weights, int bits) {
        double maxAbs = 0;
        for (double w : weights) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        int fw = weightFractionBits(maxAbs, bits);
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.scalb((double) FixedPoint.roundHalfAwayFromZero(Math.scalb(weights[i], fw)), -fw);
        }
        return out;
    }

    private static QuantizedLayer quantize(int index, Layer layer, QuantizationParams p) {
        String where = "layer " + index + " (" + layer.op() + ")";
        return switch (layer) {
            case Dense d -> {
                int fw = weightFractionBits(d.weights().maxAbs(), p.bW());
                yield new QDense(ints(d.weights(), fw, p.bW(), where + " weight"),
                        ints(d.bias(), p.fA() + fw, p.bB(), where + " bias"), fw);
            }
            case Conv2d c -> {
                int fw = weightFractionBits(c.weights().maxAbs(), p.bW());
                yield new QConv2d(c.inputShape(), ints(c.weights(), fw, p.bW(), where + " weight"),
                        ints(c.bias(), p.fA() + fw, p.bB(), where + " bias"), c.window(), fw);
            }
            case AveragePool a -> {
                Window w = a.window();
                if (w.kernelH() != w.kernelW() || w.strideH() != w.kernelH() || w.strideW() != w.kernelW()) {
                    throw new IllegalArgumentException(where + ": only k x k pooling with stride k can be quantized, got " + w);
                }
                yield new QAveragePool(a.inputShape(), w.kernelH());
            }
            case Flatten f -> new QReshape(f.inputShape(), f.outputShape());
            case Reshape r -> new QReshape(r.inputShape(), r.outputShape());
            case Relu r -> new QRelu(r.inputShape());
            case Square s -> new QSquare(s.inputShape());
            case Polynomial poly -> throw new IllegalArgumentException(where
                    + ": polynomial activations are an FHE approximation and have no fixed-point form; quantize the original model");
        };
    }

    private static IntTensor ints(RealTensor t, int fractionBits, int bits, String what) {
        long[] q = new long[t.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = FixedPoint.quantize(t.at(i), fractionBits, bits, what + " " + i);
        }
        return IntTensor.of(t.shape(), q);
    }
}
