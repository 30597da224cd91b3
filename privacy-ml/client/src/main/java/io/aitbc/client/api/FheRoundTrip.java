package io.aitbc.client.api;

import io.aitbc.model.fhe.FheClient;
import io.aitbc.model.fhe.FheKeySet;
import io.aitbc.model.fhe.FheProfile;
import java.time.Duration;
import java.util.Comparator;

/**
 * Encrypted inference from the consumer's side, end to end: fetch the version's FHE profile, generate keys
 * locally, upload the public and evaluation keys, encrypt the input locally, submit it, follow the job,
 * download the result ciphertext and decrypt it locally. The secret key and the plaintext never leave this
 * process. The uploaded key set is deleted afterwards unless asked to keep it.
 */
public final class FheRoundTrip {

    /** What happened, for progress output. */
    public interface Listener {
        /** A local or remote step begins, e.g. "generating keys". */
        void step(String description);

        /** The job's state changed on the server. */
        void job(Views.Job job);
    }

    /** The decrypted answer and where it came from. */
    public record Outcome(long modelId, int version, long jobId, long keySetId, double[] logits, int predictedClass,
                          Views.Job job) {
        public Outcome {
            logits = logits.clone();
        }

        @Override
        public double[] logits() {
            return logits.clone();
        }
    }

    private final AitbcClient client;
    private final Listener listener;
    private final Duration limit;
    private final boolean keepKeys;

    public FheRoundTrip(AitbcClient client, Listener listener, Duration limit, boolean keepKeys) {
        this.client = client;
        this.listener = listener;
        this.limit = limit;
        this.keepKeys = keepKeys;
    }

    /**
     * @param version the model version, or null for the latest (pinned once, so that all steps use the same one)
     * @param input   the plaintext input, flat in the model's input order
     */
    public Outcome run(long modelId, Integer version, double[] input) {
        int pinned = version != null ? version : latest(modelId);
        listener.step("fetching the FHE profile of model " + modelId + " version " + pinned);
        FheProfile profile = FheProfile.fromJson(client.fheProfile(modelId, pinned));
        FheClient fhe = FheClient.forProfile(profile); // rebuilds the parameters and checks them against the announced id
        listener.step("generating keys (" + profile.parameters() + ", " + profile.rotationSteps().length + " rotations)");
        FheKeySet keys = fhe.generateKeys();
        byte[] ciphertext = fhe.encryptToBytes(keys, input); // checks the input's shape before anything is uploaded
        listener.step("uploading the public and evaluation keys");
        Views.KeySet keySet = client.uploadKeys(modelId, pinned, keys.publicKeyBytes(), keys.evaluationKeysBytes());
        try {
            listener.step("submitting the encrypted input (" + ciphertext.length + " bytes)");
            Views.Job job = client.submitFhe(modelId, pinned, keySet.id(), ciphertext);
            Views.Job done = client.awaitJob(job.id(), listener::job, limit);
            if (!"succeeded".equals(done.status())) {
                throw new ApiException(0, "job " + done.status(), "job " + done.id() + " " + done.status()
                        + (done.error() == null ? "" : ": " + done.error()));
            }
            listener.step("downloading and decrypting the result");
            double[] logits = fhe.decryptLogits(keys, client.result(done.id()));
            return new Outcome(modelId, pinned, done.id(), keySet.id(), logits, FheClient.predictedClass(logits), done);
        } finally {
            if (!keepKeys) {
                try {
                    client.deleteKeySet(keySet.id());
                } catch (ApiException e) { // e.g. the job still runs after the time limit: its keys must stay
                    listener.step("key set " + keySet.id() + " kept on the server: " + e.getMessage());
                }
            }
        }
    }

    private int latest(long modelId) {
        return client.versions(modelId).stream().max(Comparator.comparingInt(Views.ModelVersion::number))
                .map(Views.ModelVersion::number)
                .orElseThrow(() -> new ApiException(409, "Conflict", "model " + modelId + " has no version yet"));
    }
}
