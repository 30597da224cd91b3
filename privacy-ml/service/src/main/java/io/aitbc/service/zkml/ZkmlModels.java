package io.aitbc.service.zkml;

import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.model.zkml.ZkmlArtifacts;
import io.aitbc.model.zkml.ZkmlProver;
import io.aitbc.model.zkml.ZkmlVerifier;
import io.aitbc.service.models.ModelArtifacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A registered version's quantized model (as registration quantized it: same parameters, so same commitment), its
 * published artifacts, and the provers and verifiers made from them. Provers are slow to load (proving key, witness
 * calculator compiled to bytecode) and are kept for the most recently used versions.
 */
@ApplicationScoped
public class ZkmlModels {

    @Inject
    ModelArtifacts models;

    @Inject
    ZkmlSettings settings;

    @Inject
    @ConfigProperty(name = "aitbc.zkml.prover-cache", defaultValue = "2")
    int proverCacheSize;

    private final Map<Long, QuantizedModel> quantized = lru(16);
    private Map<Long, ZkmlProver> provers;
    private final Map<Long, ZkmlVerifier> verifiers = lru(16);

    /** The version's model quantized as in ZKML-SPEC §1 (the commitment registration stored is this model's). */
    public QuantizedModel quantized(long versionId) {
        return cached(quantized, versionId, id -> Quantizer.quantize(models.model(id), ModelZoo.QUANTIZATION));
    }

    /** Weights and biases of the version's model. */
    public long parameterCount(long versionId) {
        return models.model(versionId).parameterCount();
    }

    /** The version's published artifact set; empty while its circuit is not built. */
    public java.util.Optional<ZkmlArtifacts> artifacts(long versionId) {
        try {
            return settings.store().find(io.aitbc.model.commit.ZkmlCommitments.modelCommitment(quantized(versionId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ZkmlProver prover(long versionId) {
        synchronized (this) {
            if (provers == null) {
                provers = lru(Math.max(1, proverCacheSize));
            }
        }
        return cached(provers, versionId, id -> {
            try {
                return ZkmlProver.load(quantized(id), requireArtifacts(id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the prover of model version " + id + ": " + e.getMessage(), e);
            }
        });
    }

    public ZkmlVerifier verifier(long versionId) {
        return cached(verifiers, versionId, id -> {
            try {
                return ZkmlVerifier.load(requireArtifacts(id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the verification key of model version " + id + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** The version's inference verification key as snarkjs writes it (verification_key.json). */
    public String verificationKeyJson(long versionId) {
        try {
            return java.nio.file.Files.readString(requireArtifacts(versionId).inference().verificationKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZkmlArtifacts requireArtifacts(long versionId) {
        return artifacts(versionId).orElseThrow(() -> new IllegalStateException("model version " + versionId
                + " has no published circuit artifacts in " + settings.store().root()));
    }

    /** Computes outside the lock (loading takes seconds), so two first requests may both load; one result is kept. */
    private static <V> V cached(Map<Long, V> cache, long key, Function<Long, V> load) {
        synchronized (cache) {
            V v = cache.get(key);
            if (v != null) {
                return v;
            }
        }
        V loaded = load.apply(key);
        synchronized (cache) {
            return cache.computeIfAbsent(key, k -> loaded);
        }
    }

    private static <V> Map<Long, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > size;
            }
        };
    }
}
