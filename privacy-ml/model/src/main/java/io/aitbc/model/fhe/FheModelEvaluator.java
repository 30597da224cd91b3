package io.aitbc.model.fhe;

import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.nn.NnEvaluator;
import io.aitbc.fhe.nn.Stage;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.WrongKeyException;
import io.aitbc.fhe.serialization.FheFormatException;
import io.aitbc.fhe.serialization.FheSerializer;

/**
 * The server side of encrypted inference: one compiled model with one client's evaluation keys. Checks
 * everything it is given before working (typed {@link FheInputException}s) and reports progress per layer.
 * Thread-safe: several inputs of the same client may be evaluated concurrently.
 */
public final class FheModelEvaluator {

    /** Progress after each packed layer. */
    @FunctionalInterface
    public interface Progress {
        void layerDone(int done, int total, String layer);
    }

    private final CompiledFheModel model;
    private final CkksParameters params;
    private final EvaluationKeys keys;
    private final NnEvaluator evaluator;

    private FheModelEvaluator(CompiledFheModel model, EvaluationKeys keys, int threads) {
        this.model = model;
        this.params = model.parameters();
        this.keys = keys;
        try {
            ParameterMismatchException.requireSame(params, keys.params(), "evaluation keys");
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch(e.getMessage(), e);
        }
        this.evaluator = new NnEvaluator(params, keys, Parallelism.threads(threads));
        int[] missing = evaluator.missingRotations(model.network().rotationSteps());
        if (missing.length > 0) {
            throw new FheInputException.MissingEvaluationKeys("the evaluation keys lack Galois keys for rotations "
                    + java.util.Arrays.toString(missing) + " that the model's profile lists", missing);
        }
        if (model.network().needsRelinearization() && !keys.hasRelinearizationKey()) {
            throw new FheInputException.MissingEvaluationKeys("the evaluation keys lack the relinearization key the model needs", new int[0]);
        }
    }

    /** With evaluation keys already read. */
    public static FheModelEvaluator create(CompiledFheModel model, EvaluationKeys keys, int threads) {
        return new FheModelEvaluator(model, keys, threads);
    }

    /** With serialized evaluation keys (as uploaded). */
    public static FheModelEvaluator create(CompiledFheModel model, byte[] evaluationKeys, int threads) {
        try {
            return new FheModelEvaluator(model, FheSerializer.readEvaluationKeys(evaluationKeys, model.parameters()), threads);
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch("evaluation keys of another parameter set: " + e.getMessage(), e);
        } catch (FheFormatException e) {
            throw new FheInputException.UnusableCiphertext("malformed evaluation keys: " + e.getMessage(), e);
        }
    }

    public CompiledFheModel model() { return model; }

    /** The consumer key these evaluation keys (and so every accepted input) belong to. */
    public KeyId keyId() { return keys.keyId(); }

    /** Evaluates the model on an encrypted input; the result is encrypted under the same key. */
    public Ciphertext evaluate(Ciphertext input, Progress progress) {
        check(input);
        return model.network().evaluate(evaluator, input,
                progress == null ? null : (i, total, stage) -> progress.layerDone(i + 1, total, stage.describe()));
    }

    /** Serialized form of {@link #evaluate(Ciphertext, Progress)}. */
    public byte[] evaluate(byte[] input, Progress progress) {
        return FheSerializer.write(evaluate(readInput(input), progress));
    }

    /**
     * Reads and checks an uploaded input ciphertext (parameter set, key, level, scale) without evaluating it:
     * what a server does before accepting a job. Typed {@link FheInputException}s as {@link #evaluate}.
     */
    public Ciphertext readInput(byte[] input) {
        Ciphertext ct = read(input, "ciphertext");
        check(ct);
        return ct;
    }

    /** Number of packed layers ({@link #evaluateLayer} indices 0 .. count-1). */
    public int layerCount() {
        return model.network().stages().size();
    }

    /** The packed layer's description and relative cost (for progress that weighs layers by their work). */
    public Stage layer(int index) {
        return model.network().stages().get(index);
    }

    /**
     * Applies one packed layer: evaluating layers 0 .. count-1 in order, from a checked input, equals
     * {@link #evaluate(Ciphertext, Progress)}. Lets a job persist the ciphertext between layers and resume
     * after an interruption. The intermediate ciphertext must come from the previous layer (same key, level).
     */
    public Ciphertext evaluateLayer(int index, Ciphertext x) {
        Stage stage = layer(index);
        if (!x.params().id().equals(params.id()) || !x.keyId().equals(keys.keyId())) {
            throw new FheInputException.UnusableCiphertext("the intermediate ciphertext does not belong to this evaluation", null);
        }
        return stage.apply(evaluator, x);
    }

    /** Reads an intermediate ciphertext written between layers (serialized {@link #evaluateLayer} output). */
    public Ciphertext readIntermediate(byte[] bytes) {
        return read(bytes, "intermediate ciphertext");
    }

    private Ciphertext read(byte[] bytes, String what) {
        try {
            return FheSerializer.readCiphertext(bytes, params);
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch(what + " of another parameter set: " + e.getMessage(), e);
        } catch (FheFormatException e) {
            throw new FheInputException.UnusableCiphertext("malformed " + what + ": " + e.getMessage(), e);
        }
    }

    private void check(Ciphertext input) {
        try {
            ParameterMismatchException.requireSame(params, input.params(), "input ciphertext");
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch(e.getMessage(), e);
        }
        try {
            KeyId.requireSame(keys.keyId(), input.keyId(), "input ciphertext");
        } catch (WrongKeyException e) {
            throw new FheInputException.UnusableCiphertext("the ciphertext is not encrypted under the key of these evaluation keys", e);
        }
        if (!input.isNtt() || input.degree() != 1) {
            throw new FheInputException.UnusableCiphertext("expected a fresh degree-1 CKKS ciphertext", null);
        }
        int level = model.profile().inputLevel();
        if (input.level() != level) {
            throw new FheInputException.UnusableCiphertext("the input must be encrypted at level " + level + " (profile), got level "
                    + input.level(), null);
        }
        double scale = params.defaultScale();
        if (Math.abs(input.scale() - scale) > 1e-9 * scale) {
            throw new FheInputException.UnusableCiphertext("the input must be encoded at the default scale 2^" + params.logDefaultScale(), null);
        }
    }
}
