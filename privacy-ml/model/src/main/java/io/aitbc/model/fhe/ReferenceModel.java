package io.aitbc.model.fhe;

import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plaintext computation the encrypted model performs: the original model with each approximated
 * activation replaced by its polynomial (per-channel ranges). Encrypted results are compared with this;
 * for models with exact activations it is the model itself.
 */
public final class ReferenceModel {

    private final Model model;
    private final Map<Integer, ActivationSpec> approximations = new HashMap<>();

    ReferenceModel(Model model, List<ActivationSpec> specs) {
        this.model = model;
        for (ActivationSpec s : specs) if (s.isApproximation()) approximations.put(s.layer(), s);
    }

    public Model model() { return model; }

    public boolean isExact() { return approximations.isEmpty(); }

    public double[] logits(double[] input) {
        if (input.length != model.inputShape().size()) {
            throw new FheInputException.WrongInputShape("the model reads " + model.inputShape().size() + " values, got " + input.length);
        }
        double[] x = input;
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            ActivationSpec s = approximations.get(i);
            x = s != null ? s.apply(x) : FloatInference.apply(layers.get(i), x);
        }
        return x;
    }

    public int predict(double[] input) {
        return FloatInference.argmax(logits(input));
    }

    /** The values entering layer {@code index} (approximations applied before it). */
    double[] inputOf(int index, double[] input) {
        double[] x = input;
        for (int i = 0; i < index; i++) {
            ActivationSpec s = approximations.get(i);
            x = s != null ? s.apply(x) : FloatInference.apply(model.layers().get(i), x);
        }
        return x;
    }
}
