package io.aitbc.model.fhe;

import io.aitbc.fhe.ckks.CkksDecryptor;
import io.aitbc.fhe.ckks.CkksEncoder;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.rlwe.WrongKeyException;
import io.aitbc.fhe.serialization.FheFormatException;
import io.aitbc.fhe.serialization.FheSerializer;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The client side of encrypted inference for one {@link FheProfile}: key generation (exactly the keys the
 * profile asks for), input packing and encryption at the profile's level, decryption of the logits.
 * Everything secret stays here. Not thread-safe (one encryptor per client).
 */
public final class FheClient {

    private final FheProfile profile;
    private final CkksParameters params;
    private final SecureRandom random;
    private final CkksEncoder encoder;
    // per secret key: building them costs more than encrypting or decrypting one input
    private final Map<KeyId, CkksEncryptor> encryptors = new HashMap<>();
    private final Map<KeyId, CkksDecryptor> decryptors = new HashMap<>();

    private FheClient(FheProfile profile, SecureRandom random) {
        this.profile = profile;
        this.params = profile.parameters().toParameters();
        this.random = random;
        this.encoder = new CkksEncoder(params);
    }

    /** Rebuilds the profile's parameter set (checked against its id). */
    public static FheClient forProfile(FheProfile profile) {
        return new FheClient(profile, new SecureRandom());
    }

    public FheProfile profile() { return profile; }

    public CkksParameters parameters() { return params; }

    /** A fresh secret key, its public key, and evaluation keys for the profile's rotations (+ relinearization). */
    public FheKeySet generateKeys() {
        KeyGenerator kg = new KeyGenerator(params, random);
        SecretKey sk = kg.secretKey();
        EvaluationKeys ek = profile.relinearization()
                ? kg.evaluationKeys(sk, false, profile.rotationSteps())
                : new EvaluationKeys(params, sk.keyId(), null, kg.rotationKeys(sk, profile.rotationSteps()));
        return new FheKeySet(sk, kg.publicKey(sk), ek);
    }

    /** Packs the flat input as the profile says and encrypts it with the secret key at the profile's level. */
    public Ciphertext encrypt(FheKeySet keys, double[] input) {
        if (input.length != profile.inputLength()) {
            throw new FheInputException.WrongInputShape("the model reads " + profile.inputLength() + " values "
                    + java.util.Arrays.toString(profile.inputShape()) + ", got " + input.length);
        }
        for (double v : input) {
            if (!Double.isFinite(v)) throw new FheInputException.WrongInputShape("input values must be finite, got " + v);
        }
        requireOwnParameters(keys.secretKey());
        double[] slots = profile.inputPacking().encode(input);
        return encryptors.computeIfAbsent(keys.secretKey().keyId(), id -> CkksEncryptor.withSecretKey(params, keys.secretKey()))
                .encrypt(encoder.encode(slots, profile.inputLevel(), params.defaultScale()));
    }

    public byte[] encryptToBytes(FheKeySet keys, double[] input) {
        return FheSerializer.write(encrypt(keys, input));
    }

    /** The model's logits from the result ciphertext. */
    public double[] decryptLogits(FheKeySet keys, Ciphertext result) {
        requireOwnParameters(keys.secretKey());
        try {
            ParameterMismatchException.requireSame(params, result.params(), "result ciphertext");
            KeyId.requireSame(keys.secretKey().keyId(), result.keyId(), "result ciphertext");
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch(e.getMessage(), e);
        } catch (WrongKeyException e) {
            throw new FheInputException.UnusableCiphertext(e.getMessage(), e);
        }
        double[] slots = decryptors.computeIfAbsent(keys.secretKey().keyId(), id -> new CkksDecryptor(params, keys.secretKey())).decrypt(result);
        double[] logits = new double[profile.outputLength()];
        System.arraycopy(slots, 0, logits, 0, logits.length); // periodic output: value i in slot i
        return logits;
    }

    public double[] decryptLogits(FheKeySet keys, byte[] result) {
        try {
            return decryptLogits(keys, FheSerializer.readCiphertext(result, params));
        } catch (ParameterMismatchException e) {
            throw new FheInputException.ParameterSetMismatch(e.getMessage(), e);
        } catch (FheFormatException e) {
            throw new FheInputException.UnusableCiphertext("malformed result ciphertext: " + e.getMessage(), e);
        }
    }

    /** argmax of the logits (lowest index on ties, as FloatInference). */
    public static int predictedClass(double[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
        return best;
    }

    private void requireOwnParameters(SecretKey sk) {
        if (!sk.params().id().equals(params.id())) {
            throw new FheInputException.ParameterSetMismatch("the key set belongs to parameter set " + sk.params().id().shortHex()
                    + ", the profile uses " + params.id().shortHex(), null);
        }
    }
}
