package io.aitbc.service.zkml;

import io.aitbc.domain.job.InferenceJob;
import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.proof.Proof;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.zkml.ZkmlInputException;
import io.aitbc.model.zkml.ZkmlProof;
import io.aitbc.model.zkml.ZkmlVerifier;
import io.aitbc.service.jobs.ComputeSlots;
import io.aitbc.service.jobs.JobTracker;
import io.aitbc.service.jobs.ProgressUpdate;
import io.aitbc.zk.bn254.Fr;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultZkProofService implements ZkProofService {

    @EJB
    ZkmlJobs zkmlJobs;

    @Inject
    ZkmlModels zkml;

    @Inject
    JobTracker tracker;

    @Inject
    ComputeSlots slots;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    ModelRepository models;

    @Inject
    ProofAnchoring anchoring;

    @Override
    // Proving takes seconds to minutes: outside any transaction; the proof and result commit together afterwards.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void prove(long jobId) {
        ZkmlJobs.Work work = zkmlJobs.work(jobId);
        if (work.proofId() != null) {
            return; // proved before the server stopped
        }
        ZkmlProof proof = slots.run(jobId, new ProgressUpdate(0.01, "queued: waiting for a free prover", null), () -> {
            tracker.progress(jobId, new ProgressUpdate(0.05, "witness and Groth16 proof", null));
            try {
                return zkml.prover(work.versionId()).prove(ZkmlInput.parse(work.input()).values());
            } catch (ZkmlInputException e) { // checked at submission; only a changed model could get here
                throw new UnprocessableException("the input cannot be proven with this model: " + e.getMessage());
            }
        });
        zkmlJobs.store(work, proof);
        tracker.progress(jobId, new ProgressUpdate(0.9, "verify the proof", null));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void verifyJobProof(long jobId) {
        ZkmlJobs.Work work = zkmlJobs.work(jobId);
        if (work.proofId() == null) {
            throw new IllegalStateException("job " + jobId + " has no proof to verify");
        }
        Proof proof = zkmlJobs.proof(work.proofId());
        Timed t = Timed.verify(zkml.verifier(work.versionId()), proof.proofJson(), proof.publicSignalsJson());
        record(work.modelId(), work.proofId(), t);
        if (!t.verdict().valid()) {
            throw new IllegalStateException("the job's proof does not verify (" + t.verdict().outcome() + ": "
                    + t.verdict().detail() + ")");
        }
    }

    @Override
    public void finish(long jobId) {
        zkmlJobs.succeed(zkmlJobs.work(jobId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void anchorJobProof(long jobId) {
        if (!anchoring.enabled()) {
            return;
        }
        ZkmlJobs.Work work = zkmlJobs.work(jobId);
        Long proofId = work.proofId() != null ? work.proofId()
                : jobs.find(jobId).flatMap(InferenceJob::proofId).orElse(null);
        if (proofId != null) {
            anchorStored(proofId);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ProofView anchor(Caller caller, long proofId) {
        Proof p = visible(caller, proofId);
        if (p.verificationStatus() != io.aitbc.domain.proof.VerificationStatus.VERIFIED) {
            throw new io.aitbc.domain.shared.ConflictException("proof " + proofId + " is "
                    + p.verificationStatus().name().toLowerCase(Locale.ROOT) + "; only verified proofs are anchored");
        }
        if (!anchoring.enabled()) {
            throw new io.aitbc.domain.shared.ConflictException("this server does not anchor proofs on chain ("
                    + ProofAnchoring.ENABLED + ")");
        }
        anchorStored(proofId);
        return get(caller, proofId);
    }

    /** Anchors a stored, verified proof; a failure is recorded on the proof (retryable), never thrown. */
    private void anchorStored(long proofId) {
        Proof p = zkmlJobs.proof(proofId);
        if (p.anchorStatus().filter(a -> a == io.aitbc.domain.proof.AnchorStatus.ANCHORED).isPresent()) {
            return;
        }
        List<BigInteger> s = parse(p.publicSignalsJson()).asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(x -> new BigInteger(x.getString())).toList();
        var receipt = anchoring.receipt(proofId, s.get(0), s.get(2));
        try {
            String tx = anchoring.anchor(receipt).orElse(null);
            zkmlJobs.recordAnchored(proofId, tx, "receipt " + receipt.receiptHash().toString(16));
        } catch (io.aitbc.marketplace.chain.ChainException e) {
            zkmlJobs.recordAnchorFailure(proofId, (e.retryable() ? "retryable: " : "not retryable as configured: ")
                    + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) { // missing or invalid chain settings
            zkmlJobs.recordAnchorFailure(proofId, "chain configuration: " + e.getMessage());
        }
    }

    @Override
    public ProofView get(Caller caller, long proofId) {
        Proof p = visible(caller, proofId);
        ModelVersion v = version(p);
        JsonArray signals = parse(p.publicSignalsJson()).asJsonArray();
        List<BigInteger> s = signals.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(x -> new BigInteger(x.getString())).toList();
        List<Long> logits = new ArrayList<>();
        for (int i = 4; i < s.size() - 1; i++) {
            BigInteger e = s.get(i);
            logits.add(e.bitLength() > 64 ? e.subtract(Fr.MODULUS).longValueExact() : e.longValueExact());
        }
        return new ProofView(p.id(), p.jobId().orElse(null), v.model().id(), v.number(),
                p.system().name().toLowerCase(Locale.ROOT), parse(p.proofJson()).asJsonObject(), signals,
                s.get(0).toString(), s.get(1).toString(), s.get(2).toString(), s.get(3).intValueExact(), logits,
                s.getLast().toString(), p.verificationStatus().name().toLowerCase(Locale.ROOT), p.verifiedAt().orElse(null),
                p.verificationTime().map(d -> d.toNanos() / 1000).orElse(null),
                p.anchorStatus().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null),
                p.anchorTransaction().orElse(null), p.anchorReference().orElse(null), p.anchorError().orElse(null),
                p.anchoredAt().orElse(null), p.createdAt());
    }

    @Override
    public VerificationResult verify(Caller caller, long proofId, SubmittedProof submitted) {
        Proof p = visible(caller, proofId);
        ZkmlVerifier verifier = zkml.verifier(p.modelVersionId());
        if (submitted == null) {
            Timed t = Timed.verify(verifier, p.proofJson(), p.publicSignalsJson());
            record(version(p).model().id(), proofId, t);
            return t.result(proofId, true);
        }
        Timed t = Timed.verify(verifier, submitted.proofJson(), submitted.publicSignalsJson());
        if (t.verdict().outcome() == ZkmlVerifier.Outcome.MALFORMED) {
            throw new InvalidRequestException("the submitted proof is malformed: " + t.verdict().detail());
        }
        return t.result(proofId, false);
    }

    @Override
    public String verificationKey(Caller caller, long proofId) {
        Proof p = visible(caller, proofId);
        ModelVersion v = version(p);
        return zkml.verificationKeyJson(v.id());
    }

    /** Records a stored proof's verification (and the model's reputation) in a transaction of its own. */
    private void record(long modelId, long proofId, Timed t) {
        zkmlJobs.recordVerification(modelId, proofId, t.verdict().valid(), t.took());
    }

    private Proof visible(Caller caller, long proofId) {
        Proof p = zkmlJobs.proof(proofId);
        boolean mine = p.jobId().flatMap(jobs::find).map(InferenceJob::owner).filter(caller::mayEdit).isPresent();
        if (!mine) {
            throw new NotFoundException("proof", proofId);
        }
        return p;
    }

    private ModelVersion version(Proof p) {
        return models.findVersion(p.modelVersionId())
                .orElseThrow(() -> new NotFoundException("model version", p.modelVersionId()));
    }

    private static jakarta.json.JsonValue parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readValue();
        }
    }

    /** A verdict and how long it took. */
    private record Timed(ZkmlVerifier.Verdict verdict, Duration took, Instant at) {
        static Timed verify(ZkmlVerifier verifier, String proofJson, String publicJson) {
            long t0 = System.nanoTime();
            ZkmlVerifier.Verdict v = verifier.verifyJson(proofJson, publicJson);
            return new Timed(v, Duration.ofNanos(System.nanoTime() - t0), Instant.now());
        }

        VerificationResult result(long proofId, boolean recorded) {
            return new VerificationResult(proofId, verdict.valid(), verdict.outcome().name().toLowerCase(Locale.ROOT),
                    verdict.detail(), took.toNanos() / 1000, at, recorded);
        }
    }
}
