package io.aitbc.service.encoding;

import io.aitbc.fhe.nn.LinearStage;
import io.aitbc.fhe.nn.Stage;
import io.aitbc.model.fhe.CompiledFheModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One job's {@code prepare} step in progress, held by its batch reader between chunks: the version's FHE network as
 * this server caches it, its linear layers whose plaintexts are not encoded yet (at the level the evaluation reaches
 * each), and the progress measure (layers weighted by their number of plaintexts). The plaintexts live in the
 * network, in memory: a restarted server prepares them again. Not thread-safe.
 */
public final class EncodingRun {

    private final long jobId;
    private final CompiledFheModel compiled;
    private final List<Integer> linear = new ArrayList<>();
    private final List<Integer> pending = new ArrayList<>();
    private final double total;
    private final Instant openedAt = Instant.now();
    private final double fractionAtOpen;
    private double done;

    /** @param compiled the version's network, or null for a version without an FHE profile (nothing to prepare) */
    EncodingRun(long jobId, CompiledFheModel compiled) {
        this.jobId = jobId;
        this.compiled = compiled;
        double sum = 0;
        List<Stage> stages = compiled == null ? List.of() : compiled.network().stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i) instanceof LinearStage l) {
                linear.add(i);
                sum += weight(i);
                if (l.transform().cachedLevels().contains(level(i))) {
                    done += weight(i);
                } else {
                    pending.add(i);
                }
            }
        }
        this.total = sum;
        this.fractionAtOpen = fraction();
    }

    public long jobId() {
        return jobId;
    }

    public boolean finished() {
        return pending.isEmpty();
    }

    /** Linear layers of the network (0 without an FHE profile). */
    public int layerCount() {
        return linear.size();
    }

    /** Linear layers whose plaintexts are encoded in this server's network. */
    public int layersDone() {
        return linear.size() - pending.size();
    }

    /** Share of the whole job done: the seal step, then the layers by their number of plaintexts. */
    public double fraction() {
        double layers = total == 0 ? 1 : done / total;
        return ModelEncodingService.SEALED + (0.99 - ModelEncodingService.SEALED) * layers;
    }

    double fractionAtOpen() {
        return fractionAtOpen;
    }

    Instant openedAt() {
        return openedAt;
    }

    /** "prepare FHE plaintexts of layer 2/2: linear 32->10 (...)", for progress reports. */
    String describeNext() {
        if (finished()) {
            return "FHE plaintexts of " + layerCount() + " layers prepared";
        }
        int stage = pending.getFirst();
        return "prepare FHE plaintexts of layer " + (layersDone() + 1) + "/" + layerCount() + ": "
                + compiled.network().stages().get(stage).describe();
    }

    /** Encodes the next layer's plaintexts into the network; returns how many. */
    int prepareNext() {
        if (finished()) {
            throw new IllegalStateException("job " + jobId + " has prepared all " + layerCount() + " layers");
        }
        int stage = pending.getFirst();
        int plaintexts = ((LinearStage) compiled.network().stages().get(stage)).transform().prepare(compiled.parameters(), level(stage));
        pending.removeFirst();
        done += weight(stage);
        return plaintexts;
    }

    private double weight(int stage) {
        return ((LinearStage) compiled.network().stages().get(stage)).transform().diagonals().count();
    }

    private int level(int stage) {
        return compiled.network().levelAt(stage, compiled.profile().inputLevel());
    }
}
