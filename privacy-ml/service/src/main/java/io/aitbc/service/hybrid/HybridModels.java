package io.aitbc.service.hybrid;

import io.aitbc.domain.keys.FheScheme;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.service.models.ModelArtifacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A version's hybrid model and a consumer's registered hybrid key, with the API's refusals. */
@ApplicationScoped
public class HybridModels {

    @Inject
    ModelArtifacts artifacts;

    @Inject
    KeySetRepository keySets;

    @Inject
    HybridProofGenerator proofs;

    /** 422 when the protocol does not cover the version's model (docs/HYBRID.md §9). */
    public HybridModel model(ModelVersion version) {
        try {
            return proofs.model(artifacts.model(version.id()));
        } catch (RuntimeException e) {
            if (!(HybridProblems.unwrap(e) instanceof IllegalArgumentException refused)) {
                throw e;
            }
            throw new UnprocessableException("model " + version.model().id() + " version " + version.number()
                    + " cannot run at privacy level hybrid: " + refused.getMessage());
        }
    }

    /** The caller's key set registered for hybrid inference under the server's parameter set (404 for anyone else's). */
    public KeySet registeredKey(Caller consumer, long keySetId) {
        KeySet keys = keySets.find(keySetId).filter(k -> k.isOwnedBy(consumer.subject()))
                .orElseThrow(() -> new NotFoundException("key set", keySetId));
        if (keys.scheme() != FheScheme.BFV || !keys.parameterSet().equals(proofs.parameters().name())) {
            throw new UnprocessableException("key set " + keySetId + " is not a hybrid key for " + proofs.parameters().name()
                    + " (register one with POST /ml/hybrid/keys)");
        }
        return keys;
    }
}
