package io.aitbc.service.fhe;

import io.aitbc.fhe.nn.Stage;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.model.fhe.FheModelEvaluator;
import java.time.Instant;

/**
 * One job's encrypted evaluation in progress, held by its batch step between chunks: the evaluator for the
 * consumer's keys, the ciphertext after {@link #layersDone()} layers, and the progress measure (layers weighted
 * by their cost, so that a heavy first layer is not reported as a third of the work). Not thread-safe; not
 * persistent (the checkpoint is: see {@link FheComputationService#checkpoint}).
 */
public final class FheEvaluation {

    private final long jobId;
    private final FheModelEvaluator evaluator;
    private final double[] cumulativeCost;
    private final double resumedAt;
    private final Instant openedAt = Instant.now();
    private Ciphertext current;
    private int layersDone;

    FheEvaluation(long jobId, FheModelEvaluator evaluator, Ciphertext current, int layersDone) {
        if (layersDone < 0 || layersDone > evaluator.layerCount()) {
            throw new IllegalArgumentException("job " + jobId + " cannot resume after layer " + layersDone + " of "
                    + evaluator.layerCount());
        }
        this.jobId = jobId;
        this.evaluator = evaluator;
        this.current = current;
        this.layersDone = layersDone;
        this.cumulativeCost = new double[evaluator.layerCount() + 1];
        for (int i = 0; i < evaluator.layerCount(); i++) {
            cumulativeCost[i + 1] = cumulativeCost[i] + Math.max(evaluator.layer(i).cost(), 1e-9);
        }
        this.resumedAt = fractionDone();
    }

    public long jobId() {
        return jobId;
    }

    public int layerCount() {
        return evaluator.layerCount();
    }

    public int layersDone() {
        return layersDone;
    }

    public boolean finished() {
        return layersDone == layerCount();
    }

    /** Share of the work done, by cost. */
    public double fractionDone() {
        return cumulativeCost[layersDone] / cumulativeCost[layerCount()];
    }

    /** Share of the work that was already done when this evaluation was opened (restored from a checkpoint). */
    public double fractionAtResume() {
        return resumedAt;
    }

    /** When this evaluation was opened (the batch execution began or resumed). */
    public Instant openedAt() {
        return openedAt;
    }

    /** "layer 2/3: square", for progress reports. */
    public String describeNextStep() {
        if (finished()) {
            return "layer " + layersDone + "/" + layerCount() + " done";
        }
        Stage next = evaluator.layer(layersDone);
        return "layer " + (layersDone + 1) + "/" + layerCount() + ": " + next.describe();
    }

    String describeLastStep() {
        return layersDone == 0 ? "input checked" : "layer " + layersDone + "/" + layerCount() + " done: "
                + evaluator.layer(layersDone - 1).describe();
    }

    Ciphertext current() {
        return current;
    }

    /** Evaluates the next layer (the ciphertext is replaced; the checkpoint is the caller's next step). */
    void evaluateNext() {
        if (finished()) {
            throw new IllegalStateException("job " + jobId + " has evaluated all " + layerCount() + " layers");
        }
        current = evaluator.evaluateLayer(layersDone, current);
        layersDone++;
    }
}
