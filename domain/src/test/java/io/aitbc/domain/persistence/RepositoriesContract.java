package io.aitbc.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobProgress;
import io.aitbc.domain.job.JobResult;
import io.aitbc.domain.job.JobStatus;
import io.aitbc.domain.job.PrivacyLevel;
import io.aitbc.domain.keys.FheScheme;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.marketplace.ListingStatus;
import io.aitbc.domain.marketplace.MarketplaceListing;
import io.aitbc.domain.marketplace.PriceList;
import io.aitbc.domain.model.CircuitArtifacts;
import io.aitbc.domain.model.CircuitStatus;
import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.payload.EncryptedPayload;
import io.aitbc.domain.payload.PayloadScheme;
import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.proof.ProofSystem;
import io.aitbc.domain.proof.VerificationStatus;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.domain.shared.Sha256;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The repositories against a real database, migrated by Flyway; each database runs the same contract. */
abstract class RepositoriesContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    abstract TestDatabase db();

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private long newModel(String owner, String name) {
        return db().inTransaction(em -> new JpaModelRepository(em).store(new Model(owner, name, "d", NOW)).id());
    }

    @Test
    void migrationIsIdempotent() {
        DatabaseMigration.Report again = DatabaseMigration.migrate(db().dataSource());
        assertEquals(0, again.migrationsExecuted());
        assertTrue(Integer.parseInt(again.schemaVersion()) >= 1, again.schemaVersion()); // later migrations add to V1
    }

    @Test
    void storesModelVersionsWithTheirBytes() {
        byte[] onnx = randomBytes(300_000, 1);
        long id = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("alice", "mnist-mlp", "a small MLP", NOW));
            m.addVersion(new ModelContent("{\"layers\":[784,128,10]}", onnx, null, "1234567890", "ckks-n8192"), NOW);
            m.addVersion(new ModelContent("{\"layers\":[784,64,10]}", null, "file:///models/v2.onnx", null, null), NOW);
            return m.id();
        });
        assertTrue(id > 0, "sequence ids are positive");
        db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).find(id).orElseThrow();
            assertEquals("mnist-mlp", m.name());
            assertEquals(NOW, m.createdAt());
            assertEquals(2, m.versions().size());
            var v1 = m.version(1).orElseThrow();
            assertArrayEquals(onnx, v1.onnx().orElseThrow());
            assertEquals(Sha256.hex(onnx), v1.onnxSha256());
            assertEquals("{\"layers\":[784,128,10]}", v1.architectureJson());
            assertEquals("1234567890", v1.commitment().orElseThrow());
            assertEquals(CircuitStatus.NOT_BUILT, v1.circuit().status());
            var v2 = m.latestVersion().orElseThrow();
            assertEquals(2, v2.number());
            assertTrue(v2.onnx().isEmpty());
            assertEquals("file:///models/v2.onnx", v2.onnxReference().orElseThrow());
            v2.updateCircuit(CircuitArtifacts.ready("file:///c.wasm", "file:///c.r1cs", "file:///c.zkey", "file:///vk.json"));
            return null;
        });
        db().inTransaction(em -> {
            var v2 = new JpaModelRepository(em).find(id).orElseThrow().latestVersion().orElseThrow();
            assertEquals(CircuitStatus.READY, v2.circuit().status());
            assertEquals("file:///c.zkey", v2.circuit().provingKeyRef());
            return null;
        });
    }

    @Test
    void listsModelsPerOwnerNewestFirst() {
        String owner = "owner-" + System.nanoTime();
        long a = newModel(owner, "a");
        long b = newModel(owner, "b");
        newModel(owner + "-other", "c");
        var page = db().inTransaction(em -> new JpaModelRepository(em).list(owner, new PageRequest(0, 1)));
        assertEquals(2, page.total());
        assertEquals(b, page.items().get(0).id());
        var second = db().inTransaction(em -> new JpaModelRepository(em).list(owner, new PageRequest(1, 1)));
        assertEquals(a, second.items().get(0).id());
    }

    @Test
    void removesAModelWithItsVersions() {
        long id = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("bob", "tmp", null, NOW));
            m.addVersion(new ModelContent("{}", new byte[] {1, 2, 3}, null, null, null), NOW);
            return m.id();
        });
        db().inTransaction(em -> {
            var repo = new JpaModelRepository(em);
            repo.remove(repo.find(id).orElseThrow());
            return null;
        });
        boolean present = db().inTransaction(em -> new JpaModelRepository(em).find(id).isPresent());
        assertFalse(present);
    }

    @Test
    void runsAJobFromKeysToVerifiedProof() {
        byte[] pk = randomBytes(50_000, 2);
        byte[] evk = randomBytes(120_000, 3);
        byte[] ct = randomBytes(70_000, 4);
        long jobId = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("owner", "m", null, NOW));
            var version = m.addVersion(new ModelContent("{}", null, "file:///m.onnx", null, "ckks"), NOW);
            em.flush();
            KeySet keys = new JpaKeySetRepository(em).store(new KeySet("carol", FheScheme.CKKS, "ckks", pk, evk, NOW));
            EncryptedPayload in = new JpaEncryptedPayloadRepository(em)
                    .store(new EncryptedPayload("carol", PayloadScheme.CKKS, "ckks", keys.id(), ct, NOW));
            em.flush();
            return new JpaInferenceJobRepository(em).store(
                    InferenceJob.inference("carol", version, PrivacyLevel.HYBRID, true, in.id(), keys.id(), NOW)).id();
        });
        assertTrue(db().inTransaction(em -> new JpaInferenceJobRepository(em).listUnfinished(1000)).stream()
                .anyMatch(j -> j.id() == jobId));
        db().inTransaction(em -> {
            InferenceJob job = new JpaInferenceJobRepository(em).find(jobId).orElseThrow();
            job.start(7L, NOW);
            job.reportProgress(new JobProgress(40, "layer 2 of 3", NOW.plusSeconds(30)));
            return null;
        });
        db().inTransaction(em -> {
            InferenceJob job = new JpaInferenceJobRepository(em).find(jobId).orElseThrow();
            assertEquals(JobStatus.RUNNING, job.status());
            assertEquals(new JobProgress(40, "layer 2 of 3", NOW.plusSeconds(30)), job.progress());
            EncryptedPayload out = new JpaEncryptedPayloadRepository(em)
                    .store(new EncryptedPayload("carol", PayloadScheme.CKKS, "ckks", job.keySetId().orElseThrow(), ct, NOW));
            Proof proof = new JpaProofRepository(em).store(new Proof(jobId, job.modelVersion().id(),
                    ProofSystem.GROTH16_BN254, "{\"pi_a\":[]}", "[\"1\",\"2\"]", NOW));
            em.flush();
            proof.recordVerification(true, Duration.ofMillis(4), NOW);
            job.succeed(new JobResult(out.id(), proof.id()), NOW.plusSeconds(60));
            return null;
        });
        db().inTransaction(em -> {
            InferenceJob job = new JpaInferenceJobRepository(em).find(jobId).orElseThrow();
            assertEquals(JobStatus.SUCCEEDED, job.status());
            assertEquals(100, job.progress().percent());
            assertEquals(PrivacyLevel.HYBRID, job.privacyLevel().orElseThrow());
            assertEquals(NOW.plusSeconds(60), job.finishedAt().orElseThrow());
            EncryptedPayload out = new JpaEncryptedPayloadRepository(em).find(job.resultPayloadId().orElseThrow()).orElseThrow();
            assertArrayEquals(ct, out.content());
            assertEquals(ct.length, out.sizeBytes());
            KeySet keys = new JpaKeySetRepository(em).find(job.keySetId().orElseThrow()).orElseThrow();
            assertArrayEquals(pk, keys.publicKey());
            assertArrayEquals(evk, keys.evaluationKeys());
            var proofs = new JpaProofRepository(em).listByJob(jobId);
            assertEquals(1, proofs.size());
            assertEquals(VerificationStatus.VERIFIED, proofs.get(0).verificationStatus());
            assertEquals(Duration.ofMillis(4), proofs.get(0).verificationTime().orElseThrow());
            assertEquals("[\"1\",\"2\"]", proofs.get(0).publicSignalsJson());
            assertEquals(1, new JpaInferenceJobRepository(em).listByOwner("carol", new PageRequest(0, 10)).items().stream()
                    .filter(j -> j.id() == jobId).count());
            return null;
        });
        assertFalse(db().inTransaction(em -> new JpaInferenceJobRepository(em).listUnfinished(1000)).stream()
                .anyMatch(j -> j.id() == jobId));
    }

    @Test
    void searchesActiveListingsCaseInsensitively() {
        String tag = "Tag" + System.nanoTime();
        long listingId = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("dave", "m", null, NOW));
            em.flush();
            var repo = new JpaListingRepository(em);
            var listing = repo.store(new MarketplaceListing(m, "Fraud " + tag, "100% private",
                    new PriceList(new BigDecimal("0.5"), null, new BigDecimal("12.345678")), NOW));
            var hidden = repo.store(new MarketplaceListing(m, "Hidden " + tag, null,
                    new PriceList(BigDecimal.ONE, null, null), NOW));
            hidden.revise(hidden.title(), null, hidden.prices(), ListingStatus.PAUSED, NOW);
            listing.recordProof(true);
            return listing.id();
        });
        db().inTransaction(em -> {
            var repo = new JpaListingRepository(em);
            var found = repo.search(tag.toLowerCase(), new PageRequest(0, 10));
            assertEquals(1, found.total());
            var l = found.items().get(0);
            assertEquals(listingId, l.id());
            assertEquals(new BigDecimal("0.500000"), l.prices().priceFor(PrivacyLevel.FHE).orElseThrow());
            assertTrue(l.prices().priceFor(PrivacyLevel.ZKML).isEmpty());
            assertEquals(new BigDecimal("12.345678"), l.prices().priceFor(PrivacyLevel.HYBRID).orElseThrow());
            assertEquals(1, l.reputation().verifiedProofs());
            assertTrue(l.performance().measuredAt().isEmpty(), "not measured yet");
            assertEquals(2, repo.countForModel(l.model().id()));
            // LIKE wildcards in the search text are matched literally
            assertEquals(0, repo.search("_raud " + tag.toLowerCase(), new PageRequest(0, 10)).total());
            assertEquals(1, repo.search("100%", new PageRequest(0, 10)).items().stream()
                    .filter(x -> x.id() == listingId).count());
            return null;
        });
    }
}
