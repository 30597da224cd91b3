package io.aitbc.model.eval;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import io.aitbc.model.quant.QuantizationRangeException;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import java.util.stream.IntStream;

/** Accuracy of a float model and of its quantized form on labelled data, and how often their classes agree. */
public record Evaluation(int images, int floatCorrect, int quantizedCorrect, int agree, int outOfRange) {

    /** Float model only. */
    public static double accuracy(Model model, Dataset data) {
        long ok = IntStream.range(0, data.size()).parallel()
                .filter(i -> FloatInference.predict(model, data.image(i)) == data.label(i)).count();
        return ok / (double) data.size();
    }

    /** Float and quantized on every example; an input the quantized model rejects counts as a disagreement. */
    public static Evaluation of(Model model, QuantizedModel quantized, Dataset data) {
        int[][] r = IntStream.range(0, data.size()).parallel().mapToObj(i -> {
            double[] x = data.image(i);
            int f = FloatInference.predict(model, x);
            int q;
            try {
                q = QuantizedInference.predict(quantized, QuantizedInference.quantizeInput(quantized, x));
            } catch (QuantizationRangeException e) {
                q = -1;
            }
            return new int[] {f == data.label(i) ? 1 : 0, q == data.label(i) ? 1 : 0, q == f ? 1 : 0, q < 0 ? 1 : 0};
        }).toArray(int[][]::new);
        int[] sum = new int[4];
        for (int[] row : r) {
            for (int k = 0; k < 4; k++) {
                sum[k] += row[k];
            }
        }
        return new Evaluation(data.size(), sum[0], sum[1], sum[2], sum[3]);
    }

    public double floatAccuracy() {
        return floatCorrect / (double) images;
    }

    public double quantizedAccuracy() {
        return quantizedCorrect / (double) images;
    }

    public double agreement() {
        return agree / (double) images;
    }
}
