package io.aitbc.contracts.receipt;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.poseidon.Poseidon;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A receipt of the receipt_simple circuit (docs/ZKML-SPEC.md section 5) and the two values the chain sees: the
 * platform anchors {@link #receiptHash()} once it verified the job; the claim reveals {@link #nullifier()}. The
 * platform needs only {@code secretHash = Poseidon(1)([secret])} from the consumer, never the secret itself.
 *
 * @param receiptId       the job's receipt id (field element)
 * @param modelCommitment the model's Poseidon commitment
 * @param outputHash      the inference output hash
 * @param amount          AIToken base units the claim mints
 * @param secretHash      Poseidon(1)([secret]) of the consumer's secret
 */
public record ReceiptSimple(BigInteger receiptId, BigInteger modelCommitment, BigInteger outputHash, BigInteger amount,
                            BigInteger secretHash) {

    public ReceiptSimple {
        for (BigInteger v : new BigInteger[] {receiptId, modelCommitment, outputHash, amount, secretHash}) {
            Objects.requireNonNull(v, "receipt fields must not be null");
            if (v.signum() < 0 || v.compareTo(Fr.MODULUS) >= 0) {
                throw new IllegalArgumentException("receipt fields are BN254 field elements, got " + v);
            }
        }
    }

    /** The consumer's side: the secret's hash, to hand to the platform. */
    public static BigInteger secretHash(BigInteger secret) {
        return Poseidon.hash(secret);
    }

    /** The consumer's side: the value its claim will reveal and the chain will accept once. */
    public static BigInteger nullifier(BigInteger secret, BigInteger receiptId) {
        return Poseidon.hash(secret, receiptId);
    }

    /** Poseidon(5)([receiptId, modelCommitment, outputHash, amount, secretHash]): what the operator anchors. */
    public BigInteger receiptHash() {
        return Poseidon.hash(receiptId, modelCommitment, outputHash, amount, secretHash);
    }
}
