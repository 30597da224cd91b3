package io.aitbc.marketplace;

import io.aitbc.domain.marketplace.PerformanceFigures.Metric;
import jakarta.ejb.Local;
import java.time.Instant;

/** Where benchmark runs put their measurements: the performance figures of a model's listings. */
@Local
public interface ListingPerformance {

    /**
     * Records a measured median latency on every listing of the model; returns how many listings were
     * updated (0 when the model is not listed).
     */
    int record(long modelId, Metric metric, long medianMicros, Instant measuredAt);
}
