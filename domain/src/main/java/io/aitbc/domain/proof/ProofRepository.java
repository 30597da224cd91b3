package io.aitbc.domain.proof;

import java.util.List;
import java.util.Optional;

/** Proofs produced by jobs. */
public interface ProofRepository {

    Proof store(Proof proof);

    Optional<Proof> find(long id);

    List<Proof> listByJob(long jobId);
}
