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
    private final java.util.concurrent.ConcurrentMap<LoadKey, Object> loading = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * Loads each key once: concurrent first requests for one version wait for a single load (loading takes seconds
     * and, for a prover, much memory; a burst of jobs loading it side by side exhausted the heap). Other keys load
     * in parallel.
     */
    private <V> V cached(Map<Long, V> cache, long key, Function<Long, V> load) {
        synchronized (cache) {
            V v = cache.get(key);
            if (v != null) {
                return v;
            }
        }
        Object lock = loading.computeIfAbsent(new LoadKey(cache, key), k -> new Object());
        synchronized (lock) {
            synchronized (cache) {
                V v = cache.get(key);
                if (v != null) {
                    return v;
                }
            }
            V loaded = load.apply(key);
            synchronized (cache) {
                cache.put(key, loaded);
            }
            return loaded;
        }
    }

    /** A load lock per cache and key (identity of the cache map, so the three caches never share one). */
    private record LoadKey(Object cache, long key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LoadKey k && k.cache == cache && k.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(cache) * 31 + Long.hashCode(key);
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
