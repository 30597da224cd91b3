package io.aitbc.model.zkml;

import io.aitbc.model.commit.PublicSignals;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.formats.ZkFormatException;
import io.aitbc.zk.groth16.Groth16Verifier;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Verifies zkML inference proofs of one model: the Groth16 proof against the model's verification key AND the public
 * signals against the model's binding (commitment and archHash), so a valid proof about another model (or with an
 * edited signal) is rejected. Never throws on bad proofs or malformed JSON: the {@link Verdict} says why. Thread-safe.
 */
public final class ZkmlVerifier {
    private static final BigInteger HALF = BigInteger.ONE.shiftLeft(31);

    /** Why a proof was accepted or rejected. */
    public enum Outcome { VALID, MALFORMED, WRONG_SIGNAL_COUNT, OTHER_MODEL, INVALID_OUTPUT, INVALID_PROOF }

    /** The outcome, a human-readable detail, and for a valid proof the statement it proves. */
    public record Verdict(Outcome outcome, String detail, Optional<PublicSignals> statement) {
        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    private final Groth16Verifier groth16;
    private final ModelBinding binding;

    private ZkmlVerifier(VerificationKey vk, ModelBinding binding) {
        int expected = CircuitLayout.SIGNALS_BEFORE_LOGITS + binding.classes() + 1;
        if (vk.nPublic() != expected) {
            throw new IllegalArgumentException("the verification key has " + vk.nPublic() + " public signals; a "
                    + binding.classes() + "-class model's inference circuit has " + expected);
        }
        this.groth16 = new Groth16Verifier(vk);
        this.binding = binding;
    }

    /** A verifier for proofs about the model {@code binding} with its inference circuit's key {@code vk}. */
    public static ZkmlVerifier of(VerificationKey vk, ModelBinding binding) {
        return new ZkmlVerifier(vk, binding);
    }

    /** The verifier of a published artifact set (its inference verification key and binding). */
    public static ZkmlVerifier load(ZkmlArtifacts artifacts) throws IOException {
        return new ZkmlVerifier(SnarkjsJson.readVerificationKey(artifacts.inference().verificationKey()), artifacts.binding());
    }

    public ModelBinding binding() {
        return binding;
    }

    /** Verifies snarkjs proof.json and public.json contents. */
    public Verdict verifyJson(String proofJson, String publicJson) {
        Proof proof;
        io.aitbc.zk.formats.PublicSignals signals;
        try {
            proof = SnarkjsJson.parseProof(proofJson);
            signals = SnarkjsJson.parsePublicSignals(publicJson);
        } catch (ZkFormatException | RuntimeException e) {
            return new Verdict(Outcome.MALFORMED, e.getMessage(), Optional.empty());
        }
        return verify(proof, signals);
    }

    public Verdict verify(ZkmlProof proof) {
        return verify(proof.proof(), proof.publicSignals());
    }

    public Verdict verify(Proof proof, io.aitbc.zk.formats.PublicSignals signals) {
        List<BigInteger> v = signals.asBigIntegers();
        int k = binding.classes();
        if (v.size() != CircuitLayout.SIGNALS_BEFORE_LOGITS + k + 1) {
            return reject(Outcome.WRONG_SIGNAL_COUNT, v.size() + " public signals, a " + k + "-class inference proof has "
                    + (CircuitLayout.SIGNALS_BEFORE_LOGITS + k + 1));
        }
        if (!v.getFirst().equals(binding.modelCommitment()) || !v.getLast().equals(binding.archHash())) {
            return reject(Outcome.OTHER_MODEL, "the proof is about model commitment " + v.getFirst() + " / archHash " + v.getLast()
                    + ", expected " + binding.modelCommitment() + " / " + binding.archHash());
        }
        long[] logits = new long[k];
        for (int i = 0; i < k; i++) {
            Optional<Long> z = signed32(v.get(CircuitLayout.SIGNALS_BEFORE_LOGITS + i));
            if (z.isEmpty()) {
                return reject(Outcome.INVALID_OUTPUT, "logit " + i + " is not a 32-bit value");
            }
            logits[i] = z.get();
        }
        BigInteger cls = v.get(3);
        if (cls.compareTo(BigInteger.valueOf(k)) >= 0) {
            return reject(Outcome.INVALID_OUTPUT, "predicted class " + cls + " is not below " + k);
        }
        if (!groth16.verify(signals, proof)) {
            return reject(Outcome.INVALID_PROOF, "the Groth16 proof does not verify for these public signals");
        }
        return new Verdict(Outcome.VALID, "valid", Optional.of(new PublicSignals(v.get(0), v.get(1), v.get(2), cls.intValueExact(),
                logits, v.getLast())));
    }

    private static Verdict reject(Outcome outcome, String detail) {
        return new Verdict(outcome, detail, Optional.empty());
    }

    /** A field element as a signed 32-bit value ({@code p + v} for negative {@code v}), if it is one. */
    private static Optional<Long> signed32(BigInteger e) {
        if (e.compareTo(HALF) < 0) {
            return Optional.of(e.longValueExact());
        }
        BigInteger neg = e.subtract(Fr.MODULUS);
        return neg.compareTo(HALF.negate()) >= 0 && neg.signum() < 0 ? Optional.of(neg.longValueExact()) : Optional.empty();
    }
}
