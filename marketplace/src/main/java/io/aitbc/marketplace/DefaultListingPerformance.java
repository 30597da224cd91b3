package io.aitbc.marketplace;

import io.aitbc.domain.marketplace.ListingRepository;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.marketplace.PerformanceFigures.Metric;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultListingPerformance implements ListingPerformance {

    @Inject
    ListingRepository listings;

    @Override
    public int record(long modelId, Metric metric, long medianMicros, Instant measuredAt) {
        List<MarketplaceListing> ofModel = listings.listForModel(modelId);
        ofModel.forEach(l -> l.recordMeasurement(metric, medianMicros, measuredAt));
        return ofModel.size();
    }
}
