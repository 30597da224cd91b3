package io.aitbc.service.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.ir.Model;
import io.aitbc.model.hybrid.ModelSpec;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One {@link HybridEngine} per server (its circuits and proving keys are large), made on first use from the
 * configuration; pure computation, so no transaction is held while proving.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultHybridProofGenerator implements HybridProofGenerator {

    @Inject
    @ConfigProperty(name = "aitbc.hybrid.parameter-set", defaultValue = HybridParameters.STANDARD_NAME)
    String parameterSet;

    @Inject
    @ConfigProperty(name = "aitbc.hybrid.ptau")
    Optional<String> ptau;

    @Inject
    @ConfigProperty(name = "aitbc.hybrid.circuit-store")
    Optional<String> circuitStore;

    @Resource
    ManagedExecutorService executor;

    /** Circuit builds per model shape and commitment, started by the first profile request. */
    private final ConcurrentMap<ModelSpec, Future<HybridProfile>> builds = new ConcurrentHashMap<>();

    private volatile HybridEngine engine;

    private HybridEngine engine() {
        HybridEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = HybridSettings.of(parameterSet, ptau, circuitStore).engine(new SecureRandom());
                }
                e = engine;
            }
        }
        return e;
    }

    @Override
    public HybridParameters parameters() {
        return engine().parameters();
    }

    @Override
    public HybridModel model(Model registered) {
        return engine().model(registered);
    }

    @Override
    public Optional<HybridProfile> profile(HybridModel model) {
        Future<HybridProfile> build = builds.computeIfAbsent(model.spec(), spec -> executor.submit(() -> engine().profile(model)));
        if (!build.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } catch (ExecutionException e) {
            builds.remove(model.spec(), build); // the next request tries again
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Path> circuitFile(String circuit, HybridEngine.CircuitFile file) {
        return engine().circuitFile(circuit, file);
    }

    @Override
    public PublicKey requireRegistrable(byte[] publicKey, byte[] keyProof) {
        return engine().requireRegistrable(publicKey, keyProof);
    }

    @Override
    public PublicKey publicKey(byte[] registered) {
        return engine().publicKey(registered);
    }

    @Override
    public EncryptedInput requireValidInput(HybridModel model, PublicKey registeredKey, byte[] input) {
        return engine().requireValidInput(model, registeredKey, input);
    }

    @Override
    public byte[] evaluate(HybridModel model, PublicKey registeredKey, byte[] input) {
        return engine().evaluate(model, registeredKey, input);
    }
}
