package io.aitbc.service.models;

import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheCompiler;
import io.aitbc.model.fhe.FheProfile;
import io.aitbc.model.ir.Model;
import io.aitbc.service.crypto.EncryptionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A registered version's model, opened from its sealed ONNX file, and its compiled FHE network (rebuilt from
 * the stored profile, deterministically). Compiled networks are cached (least recently used, a few versions):
 * they hold the encoded plaintexts of the weights, which is what makes repeated inference fast.
 * For other services: the zkML jobs load a version's IR model here instead of touching the sealed file.
 */
@ApplicationScoped
public class ModelArtifacts {

    @EJB
    ModelVersionStore store;

    @Inject
    EncryptionService encryption;

    @Inject
    @ConfigProperty(name = "aitbc.fhe.compiled-model-cache", defaultValue = "4")
    int cacheSize;

    private final Map<Long, CompletableFuture<CompiledFheModel>> compiled = new LinkedHashMap<>(16, 0.75f, true);

    /** The version's model (IR), decrypted and imported. */
    public Model model(long versionId) {
        return open(store.storedFile(versionId));
    }

    /** The version's FHE profile; a 409 naming the reason if it has none. */
    public FheProfile profile(long versionId) {
        return FheProfile.fromJson(store.storedFile(versionId).requireFheProfile());
    }

    /** The version's compiled FHE network (cached); a 409 naming the reason if it has no FHE profile. */
    public CompiledFheModel compiled(long versionId) {
        CompletableFuture<CompiledFheModel> future;
        boolean mine = false;
        synchronized (compiled) {
            future = compiled.get(versionId);
            if (future == null) {
                future = new CompletableFuture<>();
                compiled.put(versionId, future);
                mine = true;
                while (compiled.size() > Math.max(1, cacheSize)) {
                    compiled.remove(compiled.keySet().iterator().next());
                }
            }
        }
        if (mine) {
            compile(versionId, future);
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling model version " + versionId, e);
        }
    }

    private void compile(long versionId, CompletableFuture<CompiledFheModel> future) {
        try {
            StoredModelFile f = store.storedFile(versionId);
            FheProfile profile = FheProfile.fromJson(f.requireFheProfile());
            future.complete(FheCompiler.restore(open(f), profile));
        } catch (RuntimeException e) {
            synchronized (compiled) {
                compiled.remove(versionId, future); // not cached: the next call tries again
            }
            future.completeExceptionally(e);
        }
    }

    private Model open(StoredModelFile f) {
        byte[] onnx = encryption.open(f.sealedOnnx(), ModelFiles.onnxContext(f.modelId(), f.versionNumber()));
        return ModelAnalysis.importOnnx(onnx);
    }
}
