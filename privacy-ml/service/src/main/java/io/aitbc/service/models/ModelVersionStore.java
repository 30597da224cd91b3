package io.aitbc.service.models;

import io.aitbc.domain.model.Model;
import io.aitbc.domain.model.ModelContent;
import io.aitbc.domain.model.ModelContent.SealedOnnx;
import io.aitbc.domain.model.ModelRepository;
import io.aitbc.domain.model.ModelVersion;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.ConflictException;
import io.aitbc.domain.shared.NotFoundException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Sha256;
import io.aitbc.service.crypto.EncryptionService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/** The transactional part of registration: ownership check, sealing the ONNX file, storing the version. */
@Stateless
public class ModelVersionStore {

    @Inject
    ModelRepository models;

    @Inject
    EncryptionService encryption;

    @Inject
    Event<ModelVersionRegistered> registered;

    public void requireEditable(Caller caller, long modelId) {
        editable(caller, modelId);
    }

    public ModelVersionView addVersion(Caller caller, long modelId, byte[] onnx, ModelAnalysis.Result analysis) {
        Model model = editable(caller, modelId);
        int number = model.latestVersion().map(v -> v.number() + 1).orElse(1);
        // The envelope is bound to model id and version: the file cannot be passed off as another version's.
        byte[] sealed = encryption.sealAtRest(onnx, ModelFiles.onnxContext(modelId, number));
        ModelContent content = new ModelContent(analysis.architectureJson(),
                new SealedOnnx(sealed, onnx.length, Sha256.hex(onnx)), analysis.archHash(), analysis.commitment(),
                analysis.zkmlUnavailable(), analysis.fhe());
        ModelVersion version = models.addVersion(model, content, Instant.now());
        if (version.number() != number) {
            throw new IllegalStateException("version " + version.number() + " sealed as " + number);
        }
        registered.fire(new ModelVersionRegistered(modelId, version.id(), number, model.owner(),
                analysis.commitment() != null, analysis.fhe().profileJson() != null));
        return ModelVersionView.of(version);
    }

    /** A version's sealed ONNX file and profile, for {@link ModelArtifacts}. */
    public StoredModelFile storedFile(long versionId) {
        ModelVersion v = models.findVersion(versionId).orElseThrow(() -> new NotFoundException("model version", versionId));
        byte[] sealed = v.onnxSealed().orElseThrow(() -> new ConflictException("model version " + versionId
                + " has no stored ONNX file"));
        return new StoredModelFile(v.model().id(), v.id(), v.number(), sealed, v.fheProfileJson().orElse(null),
                v.fheUnavailableReason().orElse(null));
    }

    private Model editable(Caller caller, long modelId) {
        Model model = models.find(modelId).orElseThrow(() -> new NotFoundException("model", modelId));
        if (!caller.mayEdit(model.owner())) {
            throw new NotPermittedException("only the model's owner may add versions");
        }
        return model;
    }
}
