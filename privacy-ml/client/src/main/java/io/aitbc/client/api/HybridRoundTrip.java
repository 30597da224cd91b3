package io.aitbc.client.api;

import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.hybrid.CircuitArtifacts;
import io.aitbc.model.hybrid.EncryptedInput;
import io.aitbc.model.hybrid.EncryptedResult;
import io.aitbc.model.hybrid.HybridClient;
import io.aitbc.model.hybrid.HybridCodec;
import io.aitbc.model.hybrid.HybridParameters;
import io.aitbc.model.hybrid.HybridProfile;
import io.aitbc.model.hybrid.HybridProofException;
import io.aitbc.model.hybrid.ModelSpec;
import io.aitbc.model.hybrid.ProvingCircuit;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Hybrid inference from the consumer's side, end to end (docs/HYBRID.md §3): take the model commitment from the
 * marketplace listing the consumer chose and/or the on-chain registry ({@link CommitmentSources}; they must agree),
 * fetch the hybrid profile and the key and input circuits, generate a BFV key
 * locally, register it with its key proof, encrypt and prove the input locally, submit, follow the job, download the
 * result, verify the evaluation proof against that commitment (unless {@code verificationRequired} is
 * false) and decrypt. The secret key and the plaintext never leave this process. A result whose proof does not
 * verify is an error ({@link UntrustedResultException}), never a printed answer.
 */
public final class HybridRoundTrip {

    /**
     * The decrypted answer.
     *
     * @param commitment the trusted model commitment the evaluation proof was checked against
     * @param source     where that commitment came from (listing, registry or both)
     * @param logits   the quantized logits (ZKML-SPEC fixed point, {@code fractionBits} fractional bits)
     * @param verified whether the evaluation proof was checked (false only with verificationRequired=false)
     */
    public record Outcome(long modelId, int version, long jobId, long keySetId, String commitment, String source, long[] logits,
                          int fractionBits, int predictedClass, boolean verified, Views.Job job) {
        public Outcome {
            logits = logits.clone();
        }

        @Override
        public long[] logits() {
            return logits.clone();
        }

        /** The logits as real numbers. */
        public double[] realLogits() {
            double[] r = new double[logits.length];
            for (int i = 0; i < r.length; i++) r[i] = Math.scalb((double) logits[i], -fractionBits);
            return r;
        }
    }

    /** Options of a round trip; {@code commitments} says where the trusted model commitment comes from. */
    public record Options(Duration limit, Path circuitCache, boolean verificationRequired, boolean allowTestParameters,
                          boolean keepKeys, CommitmentSources commitments) {
        public Options {
            java.util.Objects.requireNonNull(commitments, "commitments");
        }
    }

    private final AitbcClient client;
    private final FheRoundTrip.Listener listener;
    private final Options options;

    public HybridRoundTrip(AitbcClient client, FheRoundTrip.Listener listener, Options options) {
        this.client = client;
        this.listener = listener;
        this.options = options;
    }

    /**
     * @param modelId the model, or null for the one of the chosen listing
     * @param version the model version, or null for the latest the commitment sources publish (pinned once)
     * @param input   the plaintext input in [0, 1], flat in the model's input order
     * @throws UntrustedResultException the commitment sources disagree (nothing is sent) or the evaluation proof does
     *                                  not verify against their commitment
     */
    public Outcome run(Long modelId, Integer version, double[] input) {
        listener.step("reading the model commitment from " + options.commitments().describe());
        TrustedCommitment trusted = options.commitments().resolve(client, modelId, version);
        return run(trusted, input);
    }

    private Outcome run(TrustedCommitment trusted, double[] input) {
        long modelId = trusted.modelId();
        int pinned = trusted.version();
        listener.step("fetching the hybrid profile of model " + modelId + " version " + pinned);
        HybridProfile profile = HybridProfile.fromJson(profileWhenBuilt(modelId, pinned));
        HybridParameters params = profile.parameters();
        if (params.isTestOnly() && !options.allowTestParameters()) {
            throw new IllegalStateException("the server runs hybrid inference with INSECURE test-only parameters ("
                    + params.name() + "); refusing (allow them explicitly for tests)");
        }
        // The commitment comes from the listing / registry, not from the profile: a proof for any other model fails.
        ModelSpec spec = profile.specBoundTo(trusted.archHash(), trusted.commitment());
        long[] x = profile.quantizeInput(input);
        listener.step("generating a BFV key (" + params.name() + ") and proving it");
        HybridClient hybrid = HybridClient.generate(params, new SecureRandom());
        byte[] keyProof = HybridCodec.write(hybrid.proveKey(prover(profile.keyCircuit())));
        listener.step("registering the public key with its key proof");
        Views.KeySet keySet = client.registerHybridKey(FheSerializer.write(hybrid.publicKey()), keyProof);
        try {
            listener.step("encrypting the input and proving it well formed");
            EncryptedInput sent = hybrid.encrypt(x, spec, prover(profile.inputCircuit()));
            byte[] body = HybridCodec.write(sent);
            listener.step("submitting the encrypted input with its proof (" + body.length + " bytes)");
            Views.Job job = client.submit(modelId, pinned, "hybrid", keySet.id(), body, options.verificationRequired());
            Views.Job done = client.awaitJob(job.id(), listener::job, options.limit());
            if (!"succeeded".equals(done.status())) {
                throw new ApiException(0, "job " + done.status(), "job " + done.id() + " " + done.status()
                        + (done.error() == null ? "" : ": " + done.error()));
            }
            listener.step(options.verificationRequired() ? "downloading the result, verifying the evaluation proof against"
                    + " commitment " + trusted.commitment() + " (" + trusted.source() + "), decrypting" : "downloading and decrypting the result"
                    + " (evaluation proof NOT checked: verificationRequired=false)");
            EncryptedResult result = HybridCodec.readResult(client.result(done.id()), params);
            VerificationKey evaluationKey = options.verificationRequired() ? verificationKey(profile.evaluationCircuit()) : null;
            HybridClient.Outcome o = open(hybrid, sent, result, spec, evaluationKey, trusted);
            return new Outcome(modelId, pinned, done.id(), keySet.id(), trusted.commitment().toString(), trusted.source(), o.logits(), profile.inputFractionBits(),
                    o.predictedClass(), o.verified(), done);
        } finally {
            if (!options.keepKeys()) {
                try {
                    client.deleteKeySet(keySet.id());
                } catch (ApiException e) { // e.g. the job still runs after the time limit: its key must stay
                    listener.step("key set " + keySet.id() + " kept on the server: " + e.getMessage());
                }
            }
        }
    }

    /** The profile; the server answers 409 while it builds the model's circuits (the first request starts that). */
    private String profileWhenBuilt(long modelId, int version) {
        long deadline = System.nanoTime() + options.limit().toNanos();
        boolean told = false;
        while (true) {
            try {
                return client.hybridProfile(modelId, version);
            } catch (ApiException e) {
                if (e.status() != 409 || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    listener.step("the server is building the model's hybrid circuits: waiting (" + e.detail() + ")");
                    told = true;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ApiException(0, "interrupted", "interrupted while waiting for the hybrid circuits");
                }
            }
        }
    }

    /** Decrypts, after checking the evaluation proof (if required) against the trusted commitment. */
    private HybridClient.Outcome open(HybridClient hybrid, EncryptedInput sent, EncryptedResult result, ModelSpec spec,
                                      VerificationKey evaluationKey, TrustedCommitment trusted) {
        try {
            return hybrid.open(sent, result, spec, evaluationKey, options.verificationRequired());
        } catch (HybridProofException e) {
            throw new UntrustedResultException("the server's evaluation proof does not verify against commitment "
                    + trusted.commitment() + " of model " + trusted.modelId() + " version " + trusted.version() + " ("
                    + trusted.source() + "): result refused, nothing decrypted (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A circuit's files, cached: the name covers the circuit's source, not its setup, so the cached proving key is
     * used only while the server's verification key is still the one cached with it (a new setup replaces both).
     */
    private CircuitArtifacts circuit(String name) {
        Path dir = options.circuitCache().resolve(name);
        try {
            byte[] vk = client.hybridCircuitFile(name, "verification-key");
            Path cachedVk = dir.resolve("verification_key.json");
            if (!Files.isRegularFile(cachedVk) || !java.util.Arrays.equals(Files.readAllBytes(cachedVk), vk)) {
                listener.step("downloading circuit " + name);
                Path tmp = Files.createTempDirectory(Files.createDirectories(options.circuitCache()), name + ".tmp-");
                Files.createDirectories(tmp.resolve("main_js"));
                Files.write(tmp.resolve("main.zkey"), client.hybridCircuitFile(name, "zkey"));
                Files.write(tmp.resolve("main_js/main.wasm"), client.hybridCircuitFile(name, "wasm"));
                Files.write(tmp.resolve("verification_key.json"), vk);
                Path old = Files.createTempDirectory(options.circuitCache(), name + ".old-");
                if (Files.isDirectory(dir)) {
                    Files.move(dir, old.resolve("c"), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                try (var files = Files.walk(old)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
                }
            }
            return CircuitArtifacts.in(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache circuit " + name + " in " + options.circuitCache(), e);
        }
    }

    private ProvingCircuit prover(String name) {
        try {
            return ProvingCircuit.load(circuit(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private VerificationKey verificationKey(String name) {
        try {
            return SnarkjsJson.readVerificationKey(circuit(name).verificationKeyFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
