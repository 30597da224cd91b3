package io.aitbc.model.hybrid;

import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.groth16.Groth16Verifier;

/** Server side of key registration: accepts a public key only with a valid key proof. Thread-safe. */
public final class KeyVerifier {

    private final HybridParameters params;
    private final Groth16Verifier verifier;

    public KeyVerifier(HybridParameters params, VerificationKey vk) {
        this.params = params;
        this.verifier = new Groth16Verifier(vk);
    }

    public boolean verify(PublicKey pk, HybridProof proof) {
        if (!pk.params().id().equals(params.bfv().id())) return false;
        KeyStatement statement = new KeyStatement(params, new PublicKeyIntegers(params, pk), proof.commitment());
        return verifier.verify(PublicSignals.ofIntegers(statement.publicSignals()), proof.proof());
    }
}
