package io.aitbc.service.keys;

import io.aitbc.domain.job.InferenceJobRepository;
import io.aitbc.domain.keys.FheScheme;
import io.aitbc.domain.keys.KeySet;
import io.aitbc.domain.keys.KeySetRepository;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.payload.EncryptedPayloadRepository;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.serialization.FheFormatException;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheInputException;
import io.aitbc.model.fhe.FheModelEvaluator;
import io.aitbc.service.fhe.FheInputProblems;
import io.aitbc.service.models.ModelArtifacts;
import io.aitbc.service.models.Versions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultKeySetService implements KeySetService {

    @Inject
    KeySetRepository keySets;

    @Inject
    ModelRepository models;

    @Inject
    ModelArtifacts artifacts;

    @Inject
    InferenceJobRepository jobs;

    @Inject
    EncryptedPayloadRepository payloads;

    @Override
    public KeySetView upload(Caller consumer, long modelId, Integer versionNumber, KeyUpload keys) {
        ModelVersion version = Versions.resolve(models, modelId, versionNumber);
        CompiledFheModel compiled = artifacts.compiled(version.id());
        check(compiled, keys);
        KeySet stored = keySets.store(new KeySet(consumer.subject(), FheScheme.CKKS, compiled.parameters().id().toString(),
                keys.publicKey(), keys.evaluationKeys(), Instant.now()));
        return KeySetView.of(stored);
    }

    /** Both objects parse under the profile's parameters, come from one secret key, and cover the profile's rotations. */
    private static void check(CompiledFheModel compiled, KeyUpload keys) {
        PublicKey pk;
        try {
            pk = FheSerializer.readPublicKey(keys.publicKey(), compiled.parameters());
        } catch (ParameterMismatchException e) {
            throw new UnprocessableException("the public key belongs to another FHE parameter set than the model's"
                    + " profile: " + e.getMessage());
        } catch (FheFormatException e) {
            throw FheInputProblems.of(new FheInputException.UnusableCiphertext("malformed public key: " + e.getMessage(), e),
                    "the public key");
        }
        FheModelEvaluator evaluator;
        try {
            evaluator = FheModelEvaluator.create(compiled, keys.evaluationKeys(), 1);
        } catch (FheInputException e) {
            throw FheInputProblems.of(e, "the evaluation keys");
        }
        if (!evaluator.keyId().equals(pk.keyId())) {
            throw new UnprocessableException("the public key and the evaluation keys were generated from different secret keys");
        }
    }

    @Override
    public List<KeySetView> list(Caller caller) {
        return keySets.listByOwner(caller.subject()).stream().map(KeySetView::of).toList();
    }

    @Override
    public KeySetView get(Caller caller, long keySetId) {
        return KeySetView.of(visible(caller, keySetId));
    }

    @Override
    public void delete(Caller caller, long keySetId) {
        KeySet k = visible(caller, keySetId);
        long running = jobs.countUnfinishedWithKeySet(keySetId);
        if (running > 0) {
            throw new ConflictException("key set " + keySetId + " is used by " + running + " queued or running jobs");
        }
        jobs.detachKeySet(keySetId);
        payloads.detachKeySet(keySetId);
        keySets.remove(k);
    }

    /** Another consumer's key set is reported as missing, so ids reveal nothing; admins see all. */
    private KeySet visible(Caller caller, long keySetId) {
        return keySets.find(keySetId).filter(k -> caller.mayEdit(k.owner()))
                .orElseThrow(() -> new NotFoundException("key set", keySetId));
    }
}
