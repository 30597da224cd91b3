package io.aitbc.service.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.hybrid.CircuitArtifacts;
import io.aitbc.model.hybrid.CircuitMain;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.EvaluationProver;
import io.aitbc.model.hybrid.HybridCircuits;
import io.aitbc.model.hybrid.HybridCodec;
import io.aitbc.model.hybrid.HybridFormatException;
import io.aitbc.model.hybrid.HybridModel;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.hybrid.HybridProof;
import io.aitbc.model.hybrid.HybridServer;
import io.aitbc.model.hybrid.InputProver;
import io.aitbc.model.hybrid.InputRange;
import io.aitbc.model.hybrid.InputVerifier;
import io.aitbc.model.hybrid.KeyProver;
import io.aitbc.model.hybrid.KeyVerifier;
import io.aitbc.model.hybrid.ModelSpec;
import io.aitbc.model.hybrid.ProvingCircuit;
import io.aitbc.model.ir.Model;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.zk.formats.VerificationKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The server's side of hybrid inference, without Jakarta EE (docs/HYBRID.md): turns a registered model into a
 * {@link HybridModel} (the same quantization as the version's published commitment), builds and caches the three
 * circuits, accepts a public key only with a valid key proof, checks an input's proof before anything is computed,
 * and evaluates, floods and proves. Refusals are the library's exceptions: {@link HybridFormatException} (bytes
 * that are not a valid message), {@link io.aitbc.model.hybrid.HybridProofException} (a proof that does not verify),
 * {@link IllegalArgumentException} (a model the protocol does not cover). Thread-safe.
 */
public final class HybridEngine {

    private final HybridParameters params;
    private final HybridCircuits circuits;
    private final SecureRandom random;
    /** Loaded once per relation (by the main's source): proving keys are large. */
    private final ConcurrentMap<String, VerificationKey> verificationKeys = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ProvingCircuit> provers = new ConcurrentHashMap<>();

    public HybridEngine(HybridParameters params, HybridCircuits circuits, SecureRandom random) {
        this.params = params;
        this.circuits = circuits;
        this.random = random;
    }

    public HybridParameters parameters() {
        return params;
    }

    /**
     * The hybrid form of a registered model: quantized exactly as registration computed the version's commitment
     * (ZKML-SPEC defaults), inputs in [0, 1] at the model's input fraction bits. IllegalArgumentException when the
     * protocol does not cover the model (anything but reshapes and one dense layer, or a layer too large for the ring).
     */
    public HybridModel model(Model registered) {
        QuantizedModel q;
        try {
            q = Quantizer.quantize(registered, ModelZoo.QUANTIZATION);
        } catch (RuntimeException e) { // ranges or layer kinds the fixed-point spec does not cover (as at registration)
            throw new IllegalArgumentException("the model cannot be quantized: " + e.getMessage(), e);
        }
        return HybridModel.of(q, InputRange.unitInterval(q.params().fA()), params);
    }

    /** What clients need: parameters, public shape, circuit names (builds the circuits the first time). */
    public HybridProfile profile(HybridModel model) {
        ModelSpec spec = model.spec();
        return HybridProfile.of(params, model, artifacts(keyMain()), artifacts(inputMain(spec)), artifacts(evaluationMain(spec)));
    }

    /** A built circuit's file for download, by the names a profile gives; empty for anything else. */
    public Optional<Path> circuitFile(String circuit, CircuitFile file) {
        return circuits.built(circuit).map(file::in);
    }

    /** Parses the public key and checks its key proof; returns the key. */
    public PublicKey requireRegistrable(byte[] publicKey, byte[] keyProof) {
        PublicKey pk = publicKey(publicKey);
        HybridProof proof = HybridCodec.readProof(keyProof);
        if (!new KeyVerifier(params, verificationKey(keyMain())).verify(pk, proof)) {
            throw new io.aitbc.model.hybrid.HybridProofException("the key proof does not verify for this public key");
        }
        return pk;
    }

    /** A registered key's bytes (checked by {@link #requireRegistrable} when it was stored). */
    public PublicKey publicKey(byte[] publicKey) {
        try {
            return FheSerializer.readPublicKey(publicKey, params.bfv());
        } catch (IllegalArgumentException e) { // FheFormatException, ParameterMismatchException
            throw new HybridFormatException("malformed public key for " + params.name() + ": " + e.getMessage());
        }
    }

    /** Parses the input (ciphertext + input proof) and verifies the proof against the registered key; nothing is computed. */
    public EncryptedInput requireValidInput(HybridModel model, PublicKey registeredKey, byte[] input) {
        EncryptedInput in = HybridCodec.readInput(input, params);
        ModelSpec spec = model.spec();
        new InputVerifier(params, spec.inputs(), spec.inputRange(), verificationKey(inputMain(spec))).requireValid(registeredKey, in);
        return in;
    }

    /** Checks the input proof again (the stored input is not trusted twice), evaluates, floods and proves: the result message. */
    public byte[] evaluate(HybridModel model, PublicKey registeredKey, byte[] input) {
        EncryptedInput in = HybridCodec.readInput(input, params);
        ModelSpec spec = model.spec();
        HybridServer server = new HybridServer(params, model, verificationKey(keyMain()), verificationKey(inputMain(spec)),
                prover(evaluationMain(spec)), random);
        return HybridCodec.write(server.infer(registeredKey, in), params);
    }

    private CircuitMain keyMain() {
        return KeyProver.circuitFor(params);
    }

    private CircuitMain inputMain(ModelSpec spec) {
        return InputProver.circuitFor(params, spec.inputs(), spec.inputRange());
    }

    private CircuitMain evaluationMain(ModelSpec spec) {
        return EvaluationProver.circuitFor(params, spec);
    }

    private CircuitArtifacts artifacts(CircuitMain main) {
        try {
            return circuits.artifacts(main);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the hybrid circuit " + main.name(), e);
        }
    }

    private VerificationKey verificationKey(CircuitMain main) {
        return verificationKeys.computeIfAbsent(main.source(), s -> {
            try {
                return artifacts(main).verificationKey();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ProvingCircuit prover(CircuitMain main) {
        return provers.computeIfAbsent(main.source(), s -> {
            try {
                return ProvingCircuit.load(artifacts(main));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The files of a circuit that clients download. */
    public enum CircuitFile {
        ZKEY, WASM, VERIFICATION_KEY;

        Path in(CircuitArtifacts a) {
            return switch (this) {
                case ZKEY -> a.zkey();
                case WASM -> a.wasm();
                case VERIFICATION_KEY -> a.verificationKeyFile();
            };
        }

        /** "zkey", "wasm", "verification-key" (URL segments). */
        public static Optional<CircuitFile> fromSegment(String segment) {
            return switch (segment) {
                case "zkey" -> Optional.of(ZKEY);
                case "wasm" -> Optional.of(WASM);
                case "verification-key" -> Optional.of(VERIFICATION_KEY);
                default -> Optional.empty();
            };
        }
    }
}
