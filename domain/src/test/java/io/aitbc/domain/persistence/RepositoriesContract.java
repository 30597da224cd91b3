package io.aitbc.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.JobCheckpoint;
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
import io.aitbc.domain.model.ModelContent.FheSupport;
import io.aitbc.domain.model.ModelContent.SealedOnnx;
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

    /** A version's content as registration would compute it (the sealed bytes are opaque here). */
    static ModelContent content(byte[] sealed, String commitment, FheSupport fhe) {
        return new ModelContent("{\"layers\":[784,128,10]}", new SealedOnnx(sealed, sealed.length - 28, Sha256.hex(sealed)),
                commitment == null ? null : "42", commitment, commitment == null ? "weights out of range" : null, fhe);
    }

    @Test
    void migrationIsIdempotent() {
        DatabaseMigration.Report again = DatabaseMigration.migrate(db().dataSource());
        assertEquals(0, again.migrationsExecuted());
        assertTrue(Integer.parseInt(again.schemaVersion()) >= 10, again.schemaVersion()); // V10: model files, batch jobs
    }

    @Test
    void storesModelVersionsWithTheirBytes() {
        byte[] onnx = randomBytes(300_000, 1);
        String profile = "{\"format\":\"aitbc-fhe-profile/1\"," + "\"x\":\"" + "p".repeat(20_000) + "\"}";
        long id = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("alice", "mnist-mlp", "a small MLP", NOW));
            m.addVersion(content(onnx, "1234567890", FheSupport.available("ckks-8192-d3", profile)), NOW);
            m.addVersion(content(randomBytes(100, 9), null, FheSupport.unavailable("ReLU needs approximation")), NOW);
            return m.id();
        });
        assertTrue(id > 0, "sequence ids are positive");
        db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).find(id).orElseThrow();
            assertEquals("mnist-mlp", m.name());
            assertEquals(NOW, m.createdAt());
            assertEquals(2, m.versions().size());
            var v1 = m.version(1).orElseThrow();
            assertArrayEquals(onnx, v1.onnxSealed().orElseThrow());
            assertEquals(Sha256.hex(onnx), v1.onnxSha256());
            assertEquals(onnx.length - 28, v1.onnxSize());
            assertEquals("{\"layers\":[784,128,10]}", v1.architectureJson());
            assertEquals("1234567890", v1.commitment().orElseThrow());
            assertEquals("42", v1.archHash().orElseThrow());
            assertEquals(profile, v1.fheProfileJson().orElseThrow());
            assertEquals("ckks-8192-d3", v1.fheParameterSet().orElseThrow());
            assertTrue(v1.fheUnavailableReason().isEmpty());
            assertEquals(CircuitStatus.NOT_BUILT, v1.circuit().status());
            var v2 = m.latestVersion().orElseThrow();
            assertEquals(2, v2.number());
            assertTrue(v2.fheProfileJson().isEmpty());
            assertEquals("ReLU needs approximation", v2.fheUnavailableReason().orElseThrow());
            assertTrue(v2.commitment().isEmpty());
            assertEquals(CircuitStatus.FAILED, v2.circuit().status(), "a model that cannot be quantized gets no circuit");
            assertEquals("weights out of range", v2.circuit().error());
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
            m.addVersion(content(new byte[] {1, 2, 3}, null, FheSupport.unavailable("none")), NOW);
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
            var version = m.addVersion(content(new byte[] {4, 5}, "7", FheSupport.available("ckks", "{}")), NOW);
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

    @Test
    void checkpointsMoveForwardAndKeySetsDetachFromFinishedJobs() {
        byte[] state1 = randomBytes(40_000, 5);
        byte[] state2 = randomBytes(50_000, 6);
        long[] ids = db().inTransaction(em -> {
            Model m = new JpaModelRepository(em).store(new Model("owner", "cp", null, NOW));
            var version = m.addVersion(content(new byte[] {1}, "7", FheSupport.available("ckks", "{}")), NOW);
            em.flush();
            KeySet keys = new JpaKeySetRepository(em).store(new KeySet("erin", FheScheme.CKKS, "ckks", new byte[] {1}, null, NOW));
            em.flush();
            EncryptedPayload in = new JpaEncryptedPayloadRepository(em)
                    .store(new EncryptedPayload("erin", PayloadScheme.CKKS, "ckks", keys.id(), new byte[] {2}, NOW));
            em.flush();
            InferenceJob job = InferenceJob.inference("erin", version, PrivacyLevel.FHE, false, in.id(), keys.id(), NOW);
            job.runBy("fhe-inference");
            job = new JpaInferenceJobRepository(em).store(job);
            em.flush();
            new JpaJobCheckpointRepository(em).store(new JobCheckpoint(job.id(), 1, state1, NOW));
            return new long[] {job.id(), keys.id(), in.id()};
        });
        long jobId = ids[0];
        long keySetId = ids[1];
        db().inTransaction(em -> {
            var checkpoints = new JpaJobCheckpointRepository(em);
            JobCheckpoint cp = checkpoints.find(jobId).orElseThrow();
            assertEquals(1, cp.step());
            assertArrayEquals(state1, cp.state());
            cp.advance(2, state2, NOW.plusSeconds(1));
            assertThrows(IllegalArgumentException.class, () -> cp.advance(1, state1, NOW));
            InferenceJob job = new JpaInferenceJobRepository(em).find(jobId).orElseThrow();
            assertEquals("fhe-inference", job.batchJobName().orElseThrow());
            job.start(11, NOW);
            job.restarting(); // the server stopped; execution 12 resumes from the checkpoint
            job.start(12, NOW);
            assertEquals(1, new JpaInferenceJobRepository(em).countUnfinishedWithKeySet(keySetId));
            return null;
        });
        db().inTransaction(em -> {
            assertArrayEquals(state2, new JpaJobCheckpointRepository(em).find(jobId).orElseThrow().state());
            InferenceJob job = new JpaInferenceJobRepository(em).find(jobId).orElseThrow();
            assertEquals(1, job.restarts());
            assertEquals(12L, job.batchExecutionId().orElseThrow());
            job.fail("stopped", NOW);
            new JpaJobCheckpointRepository(em).remove(jobId);
            return null;
        });
        db().inTransaction(em -> {
            var jobs = new JpaInferenceJobRepository(em);
            assertEquals(0, jobs.countUnfinishedWithKeySet(keySetId));
            assertTrue(new JpaJobCheckpointRepository(em).find(jobId).isEmpty());
            jobs.detachKeySet(keySetId);
            new JpaEncryptedPayloadRepository(em).detachKeySet(keySetId);
            var keys = new JpaKeySetRepository(em);
            keys.remove(keys.find(keySetId).orElseThrow());
            return null;
        });
        db().inTransaction(em -> {
            assertTrue(new JpaInferenceJobRepository(em).find(jobId).orElseThrow().keySetId().isEmpty());
            assertEquals(null, new JpaEncryptedPayloadRepository(em).find(ids[2]).orElseThrow().keySetId());
            return null;
        });
    }
}
