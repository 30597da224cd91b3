package io.aitbc.service.zkml;

import io.aitbc.domain.shared.Caller;
import jakarta.ejb.Local;

/**
 * zkML proofs: the steps of the {@code zkml-inference} batch job (prove, verify, finish) and the proof API (read,
 * verify with the verification time, the verification key). A proof is visible to the owner of the job that
 * produced it and to admins (it carries the job's output); anyone else gets 404.
 */
@Local
public interface ZkProofService {

    /** Batch step: witness in the JVM + Groth16 proof; stores proof, result and checkpoint (skipped if already done). */
    void prove(long jobId);

    /** Batch step: verifies the job's stored proof and records the outcome; a proof that fails fails the job. */
    void verifyJobProof(long jobId);

    /** Batch step: the job succeeds with its result and proof. */
    void finish(long jobId);

    /**
     * Batch step, when the server anchors proofs ({@link ProofAnchoring}): anchors the job's verified proof on chain.
     * A chain failure (unreachable node, wrong chain id, reverted transaction) is recorded on the proof with its reason
     * and does not undo the job: its result and proof stay, and anchoring can be retried.
     */
    void anchorJobProof(long jobId);

    /** Anchors (again) a verified proof the caller may see; the proof with its anchoring state. 409 if not verified. */
    ProofView anchor(Caller caller, long proofId);

    ProofView get(Caller caller, long proofId);

    /**
     * Verifies the stored proof (and records the outcome: reputation counts it), or, when {@code submitted} is given,
     * that proof against the stored proof's model (nothing recorded). A malformed submitted proof is a 400.
     */
    VerificationResult verify(Caller caller, long proofId, SubmittedProof submitted);

    /** The verification key (snarkjs JSON) the proof verifies against. */
    String verificationKey(Caller caller, long proofId);
}
