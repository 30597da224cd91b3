package io.aitbc.service.zkml;

import io.aitbc.contracts.receipt.ReceiptSimple;
import io.aitbc.marketplace.chain.ChainClient;
import io.aitbc.marketplace.chain.ChainException;
import io.aitbc.marketplace.chain.ChainReceipt;
import io.aitbc.marketplace.chain.ChainSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Optional anchoring of verified zkML proofs on chain, configured by the server (never the repository):
 * {@code aitbc.chain.rpc-url}, {@code aitbc.chain.chain-id}, the operator key ({@code aitbc.chain.signing-key-file}
 * or {@code aitbc.chain.signing-key}), {@code aitbc.chain.receipt-verifier} (ZKReceiptVerifier), and
 * {@code aitbc.zkml.anchor-proofs=true}. A verified proof is anchored as a receipt of ZKML-SPEC §5 (receipt id = proof
 * id, the proof's model commitment and output hash, amount {@code aitbc.zkml.receipt-amount}, default 0, and secret
 * hash 0): the chain then records that the platform verified this output of this model. Anchoring is idempotent.
 */
@ApplicationScoped
public class ProofAnchoring {

    public static final String ENABLED = "aitbc.zkml.anchor-proofs";
    public static final String AMOUNT = "aitbc.zkml.receipt-amount";

    @Inject
    Config config;

    public boolean enabled() {
        return config.getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    /** The receipt that anchors a proof. */
    public ReceiptSimple receipt(long proofId, BigInteger modelCommitment, BigInteger outputHash) {
        BigInteger amount = config.getOptionalValue(AMOUNT, String.class).map(s -> new BigInteger(s.trim()))
                .orElse(BigInteger.ZERO);
        return new ReceiptSimple(BigInteger.valueOf(proofId), modelCommitment, outputHash, amount, BigInteger.ZERO);
    }

    /**
     * Anchors the receipt; returns the transaction hash, or empty when it was already on chain.
     *
     * @throws ChainException unreachable node, wrong chain id, reverted or unconfirmed transaction
     * @throws IllegalArgumentException the chain settings are missing or invalid (named in the message)
     */
    public Optional<String> anchor(ReceiptSimple receipt) throws ChainException {
        ChainSettings settings = ChainSettings.fromConfig(key -> config.getOptionalValue(key, String.class));
        try (ChainClient chain = ChainClient.connect(settings)) {
            return chain.anchorReceipt(receipt.receiptHash()).map(ChainReceipt::transactionHash);
        }
    }
}
