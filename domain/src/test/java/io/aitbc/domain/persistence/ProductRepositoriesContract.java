package io.aitbc.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.domain.audit.AuditEntry;
import io.aitbc.domain.audit.AuditEvent;
import io.aitbc.domain.audit.AuditOutcome;
import io.aitbc.domain.benchmark.BenchmarkResult;
import io.aitbc.domain.benchmark.LatencySummary;
import io.aitbc.domain.billing.BillingLine;
import io.aitbc.domain.billing.Charge;
import io.aitbc.domain.billing.MeteredJob;
import io.aitbc.domain.billing.Tariff;
import io.aitbc.domain.billing.UsageRecord;
import io.aitbc.domain.billing.UsageRepository.Party;
import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.job.JobSubmissionKey;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.marketplace.ListingSearch;
import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.marketplace.PerformanceFigures;
import io.aitbc.domain.marketplace.PriceList;
import io.aitbc.domain.marketplace.ProofVerificationRecord;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.proof.ProofSystem;
import io.aitbc.domain.shared.PageRequest;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repositories of metering, reputation history, audit log, benchmarks and idempotency keys, per database. */
abstract class ProductRepositoriesContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final PageRequest ALL = new PageRequest(0, 100);

    abstract TestDatabase db();

    private static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    private ModelVersion newVersion(Model m) {
        ModelVersion v = m.addVersion(RepositoriesContract.content(new byte[] {1, 2, 3}, null,
                ModelContent.FheSupport.unavailable("not compiled")), NOW);
        return v;
    }

    /** A succeeded zkml inference job of the consumer on a new model of the owner; returns the job id. */
    private long succeededJob(String owner, String consumer) {
        return db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model(owner, "m", null, NOW));
            ModelVersion v = newVersion(m);
            em.flush();
            InferenceJob job = new JpaInferenceJobRepository(em)
                    .store(InferenceJob.inference(consumer, v, PrivacyLevel.ZKML, false, null, null, NOW));
            em.flush();
            Proof proof = new JpaProofRepository(em).store(new Proof(job.id(), v.id(), ProofSystem.GROTH16_BN254,
                    "{}", "[]", NOW));
            em.flush();
            job.start(1L, NOW);
            job.succeed(new JobResult(null, proof.id()), NOW);
            return job.id();
        });
    }

    @Test
    void metersEachSucceededJobOnceAndSummarizes() {
        String owner = unique("owner");
        String consumer = unique("consumer");
        long job1 = succeededJob(owner, consumer);
        long job2 = succeededJob(owner, consumer);
        List<Long> waiting = db().inTransaction(em -> new JpaUsageRepository(em).jobsAwaitingMetering(10_000));
        assertTrue(waiting.containsAll(List.of(job1, job2)), waiting.toString());

        db().inTransaction(em -> {
            var job = new JpaInferenceJobRepository(em).find(job1).orElseThrow();
            return new JpaUsageRepository(em).store(new UsageRecord(MeteredJob.of(job),
                    new Charge(7L, 3, new BigDecimal("0.125")), NOW));
        });
        db().inTransaction(em -> {
            var job = new JpaInferenceJobRepository(em).find(job2).orElseThrow();
            return new JpaUsageRepository(em).store(new UsageRecord(MeteredJob.of(job), Charge.unlisted(1), NOW));
        });
        assertThrows(PersistenceException.class, () -> db().inTransaction(em -> {
            var job = new JpaInferenceJobRepository(em).find(job1).orElseThrow();
            return new JpaUsageRepository(em).store(new UsageRecord(MeteredJob.of(job), Charge.unlisted(1), NOW));
        }), "a job is metered once");

        List<Long> still = db().inTransaction(em -> new JpaUsageRepository(em).jobsAwaitingMetering(10_000));
        assertFalse(still.contains(job1) || still.contains(job2));
        UsageRecord r = db().inTransaction(em -> new JpaUsageRepository(em).findByJob(job1)).orElseThrow();
        assertEquals(new BigDecimal("0.375000"), r.amount());
        assertEquals(consumer, r.consumer());
        assertEquals(owner, r.modelOwner());
        assertEquals(PrivacyLevel.ZKML, r.level());

        assertEquals(2, db().inTransaction(em -> new JpaUsageRepository(em).list(Party.CONSUMER, consumer, ALL)).total());
        assertEquals(2, db().inTransaction(em -> new JpaUsageRepository(em).list(Party.MODEL_OWNER, owner, ALL)).total());
        assertEquals(0, db().inTransaction(em -> new JpaUsageRepository(em).list(Party.CONSUMER, owner, ALL)).total());

        List<BillingLine> lines = db().inTransaction(em -> new JpaUsageRepository(em)
                .summarize(owner, NOW.minusSeconds(1), NOW.plusSeconds(1)));
        assertEquals(2, lines.size(), lines.toString()); // two models
        assertEquals(4, lines.stream().mapToLong(BillingLine::units).sum());
        assertEquals(0, new BigDecimal("0.375").compareTo(
                lines.stream().map(BillingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertTrue(db().inTransaction(em -> new JpaUsageRepository(em)
                .summarize(owner, NOW.plusSeconds(1), NOW.plusSeconds(2))).isEmpty(), "the period bounds the summary");
    }

    @Test
    void findsListingsByLevelPriceOwnerAndOrder() {
        String owner = unique("seller");
        long[] ids = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model(owner, "m", null, NOW));
            var repo = new JpaListingRepository(em);
            var cheap = repo.store(new MarketplaceListing(m, "cheap", null,
                    new PriceList(new BigDecimal("0.1"), null, null), NOW));
            var dear = repo.store(new MarketplaceListing(m, "dear", null,
                    new PriceList(new BigDecimal("5"), new BigDecimal("1"), null), NOW));
            var paused = repo.store(new MarketplaceListing(m, "paused", null,
                    new PriceList(new BigDecimal("0.05"), null, null), NOW));
            paused.revise("paused", null, paused.prices(), ListingStatus.PAUSED, NOW);
            dear.recordProof(true);
            return new long[] {cheap.id(), dear.id(), paused.id()};
        });
        var byPrice = db().inTransaction(em -> new JpaListingRepository(em).find(
                new ListingSearch(null, PrivacyLevel.FHE, null, owner, false, ListingSearch.Order.PRICE), ALL));
        assertEquals(List.of(ids[0], ids[1]), byPrice.items().stream().map(MarketplaceListing::id).toList());
        var capped = db().inTransaction(em -> new JpaListingRepository(em).find(
                new ListingSearch(null, PrivacyLevel.FHE, new BigDecimal("1"), owner, true, ListingSearch.Order.PRICE), ALL));
        assertEquals(List.of(ids[2], ids[0]), capped.items().stream().map(MarketplaceListing::id).toList());
        var zkml = db().inTransaction(em -> new JpaListingRepository(em).find(
                new ListingSearch(null, PrivacyLevel.ZKML, null, owner, false, null), ALL));
        assertEquals(List.of(ids[1]), zkml.items().stream().map(MarketplaceListing::id).toList());
        var byReputation = db().inTransaction(em -> new JpaListingRepository(em).find(
                new ListingSearch(null, null, null, owner, false, ListingSearch.Order.REPUTATION), new PageRequest(0, 1)));
        assertEquals(2, byReputation.total());
        assertEquals(ids[1], byReputation.items().get(0).id());
        List<MarketplaceListing> ofModel = db().inTransaction(em -> new JpaListingRepository(em).listForModel(
                new JpaListingRepository(em).find(ids[0]).orElseThrow().model().id()));
        assertEquals(3, ofModel.size());
        // a job pays the cheapest listing offering its level, paused ones included; unlisted levels are free
        Charge fhe = Tariff.chargeFor(ofModel, PrivacyLevel.FHE, 2);
        assertEquals(ids[2], fhe.listingId());
        assertEquals(new BigDecimal("0.100000"), fhe.amount());
        assertEquals(ids[1], Tariff.chargeFor(ofModel, PrivacyLevel.ZKML, 1).listingId());
        assertEquals(Charge.unlisted(1), Tariff.chargeFor(ofModel, PrivacyLevel.HYBRID, 1));
    }

    @Test
    void countsProofsOnEveryListingOfTheModelAndJobsOnOne() {
        long[] ids = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model(unique("o"), "m", null, NOW));
            var repo = new JpaListingRepository(em);
            var a = repo.store(new MarketplaceListing(m, "a", null, new PriceList(BigDecimal.ONE, null, null), NOW));
            var b = repo.store(new MarketplaceListing(m, "b", null, new PriceList(BigDecimal.ONE, null, null), NOW));
            em.flush();
            return new long[] {m.id(), a.id(), b.id()};
        });
        assertEquals(2, (int) db().inTransaction(em -> new JpaListingRepository(em).countProof(ids[0], true)));
        db().inTransaction(em -> new JpaListingRepository(em).countProof(ids[0], true));
        db().inTransaction(em -> new JpaListingRepository(em).countProof(ids[0], false));
        db().inTransaction(em -> {
            new JpaListingRepository(em).countCompletedJob(ids[1]);
            return null;
        });
        var a = db().inTransaction(em -> new JpaListingRepository(em).find(ids[1]).orElseThrow()).reputation();
        var b = db().inTransaction(em -> new JpaListingRepository(em).find(ids[2]).orElseThrow()).reputation();
        assertEquals(List.of(2L, 1L, 1L), List.of(a.verifiedProofs(), a.failedProofs(), a.completedJobs()));
        assertEquals(List.of(2L, 1L, 0L), List.of(b.verifiedProofs(), b.failedProofs(), b.completedJobs()));
        assertEquals(2.0 / 3, a.score(), 1e-12);
    }

    @Test
    void keepsMeasuredFiguresPerMetric() {
        long id = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model(unique("o"), "m", null, NOW));
            var l = new JpaListingRepository(em).store(new MarketplaceListing(m, "t", null,
                    new PriceList(BigDecimal.ONE, null, null), NOW));
            l.recordMeasurement(PerformanceFigures.Metric.PLAINTEXT, 42, NOW);
            l.recordMeasurement(PerformanceFigures.Metric.FHE, 1_234_567, NOW.plusSeconds(1));
            return l.id();
        });
        PerformanceFigures p = db().inTransaction(em -> new JpaListingRepository(em).find(id).orElseThrow().performance());
        assertEquals(42L, p.plaintextLatencyMicros().orElseThrow());
        assertEquals(1235L, p.fheLatencyMs().orElseThrow());
        assertTrue(p.zkmlLatencyMs().isEmpty());
        assertEquals(NOW.plusSeconds(1), p.measuredAt().orElseThrow());
    }

    @Test
    void storesVerificationHistoryAuditEventsAndBenchmarks() {
        long modelId = db().inTransaction(em -> new JpaModelRepository(em).store(new Model(unique("o"), "m", null, NOW)).id());
        db().inTransaction(em -> {
            var h = new JpaVerificationHistory(em);
            h.store(new ProofVerificationRecord(modelId, null, true, Duration.ofMillis(3), NOW));
            return h.store(new ProofVerificationRecord(modelId, null, false, null, NOW));
        });
        var history = db().inTransaction(em -> new JpaVerificationHistory(em).list(modelId, ALL));
        assertEquals(2, history.total());
        assertFalse(history.items().get(0).verified(), "newest first");
        assertEquals(3000L, history.items().get(1).micros().orElseThrow());

        String actor = unique("mallory");
        db().inTransaction(em -> {
            var a = new JpaAuditRepository(em);
            a.append(new AuditEvent(new AuditEntry(actor, "consumer", "DELETE /api/v1/keys/{id}", "/api/v1/keys/9",
                    AuditOutcome.DENIED, 403, "127.0.0.1", "x".repeat(5000)), NOW));
            return a.append(new AuditEvent(AuditEntry.of(actor, "key.delete", "key 9", AuditOutcome.SUCCEEDED, null), NOW));
        });
        var denied = db().inTransaction(em -> new JpaAuditRepository(em).search(actor, AuditOutcome.DENIED, ALL));
        assertEquals(1, denied.total());
        AuditEntry e = denied.items().get(0).entry();
        assertEquals(403, e.httpStatus());
        assertEquals(1000, e.detail().length(), "details are clipped to the column");
        assertEquals(2, db().inTransaction(em -> new JpaAuditRepository(em).search(actor, null, ALL)).total());
        var seen = db().inTransaction(em -> new JpaAuditRepository(em).actors(1000)).stream()
                .filter(a -> a.actor().equals(actor)).findFirst().orElseThrow();
        assertEquals(2, seen.events());
        assertEquals(null, seen.roles(), "the roles of the latest event");

        long versionModel = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model(unique("o"), "m", null, NOW));
            ModelVersion v = newVersion(m);
            em.flush();
            new JpaBenchmarkRepository(em).store(new BenchmarkResult(v, "plaintext-reference",
                    LatencySummary.ofNanos(3_000, 1_000, 2_000), null, NOW));
            return m.id();
        });
        var results = db().inTransaction(em -> new JpaBenchmarkRepository(em).list(versionModel, "plaintext-reference", ALL));
        assertEquals(1, results.total());
        assertEquals(new LatencySummary(3, 2, 3, 1, 3), results.items().get(0).latency());
        assertEquals(0, db().inTransaction(em -> new JpaBenchmarkRepository(em).list(versionModel, "fhe-inference", ALL)).total());
    }

    @Test
    void anIdempotencyKeyNamesOneJobPerConsumer() {
        String consumer = unique("c");
        long job = succeededJob(unique("o"), consumer);
        db().inTransaction(em -> new JpaJobSubmissionKeyRepository(em).storeNow(new JobSubmissionKey(consumer, "k-1", job, NOW)));
        assertThrows(PersistenceException.class, () -> db().inTransaction(em ->
                new JpaJobSubmissionKeyRepository(em).storeNow(new JobSubmissionKey(consumer, "k-1", job, NOW))));
        db().inTransaction(em -> new JpaJobSubmissionKeyRepository(em).storeNow(new JobSubmissionKey("other", "k-1", job, NOW)));
        assertEquals(job, db().inTransaction(em -> new JpaJobSubmissionKeyRepository(em).find(consumer, "k-1")).orElseThrow().jobId());
        assertTrue(db().inTransaction(em -> new JpaJobSubmissionKeyRepository(em).find(consumer, "k-2")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new JobSubmissionKey(consumer, "has space", job, NOW));
    }
}
