package io.aitbc.marketplace.chain;

import io.aitbc.contracts.generated.AIToken;
import io.aitbc.contracts.generated.ModelRegistry;
import io.aitbc.contracts.generated.ZKReceiptVerifier;
import io.aitbc.contracts.receipt.ReceiptSimple;
import io.aitbc.contracts.tx.ContractRevertedException;
import io.aitbc.contracts.tx.ContractSession;
import io.aitbc.contracts.tx.RevertDecoder;
import io.aitbc.contracts.tx.TransactionNotMinedException;
import io.aitbc.zk.solidity.Groth16Calldata;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.RemoteCall;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * The platform's operations on chain, signed by the operator account of {@link ChainSettings}: deploy the contracts,
 * register models, anchor verified receipts, claim (mint) with a receipt proof. Every failure is a
 * {@link ChainException} that says whether a retry can help.
 */
public final class ChainClient implements AutoCloseable {
    /** ZKReceiptVerifier.ReceiptState */
    private static final BigInteger UNKNOWN = BigInteger.ZERO;

    private final ChainSettings settings;
    private final Web3j web3j;
    private final ContractSession session;

    private ChainClient(ChainSettings settings, Web3j web3j) {
        this.settings = settings;
        this.web3j = web3j;
        this.session = new ContractSession(web3j, settings.signer(), settings.chainId(),
                RevertDecoder.forPlatformContracts(), Duration.ofMillis(500), settings.receiptWait());
    }

    /**
     * Connects and checks that the node serves the configured chain.
     *
     * @throws WrongChainIdException     the node serves another chain (nothing is ever sent to it)
     * @throws ChainUnreachableException the node does not answer
     */
    public static ChainClient connect(ChainSettings settings) throws ChainException {
        Web3j web3j = Web3j.build(new HttpService(settings.rpcUrl().toString()));
        try {
            long actual = web3j.ethChainId().send().getChainId().longValueExact();
            if (actual != settings.chainId()) {
                throw new WrongChainIdException(settings.rpcUrl().toString(), settings.chainId(), actual);
            }
            return new ChainClient(settings, web3j);
        } catch (IOException | RuntimeException e) {
            web3j.shutdown();
            throw new ChainUnreachableException(settings.rpcUrl().toString(), e);
        } catch (ChainException e) {
            web3j.shutdown();
            throw e;
        }
    }

    /** The operator's address (signer of every transaction). */
    public String operatorAddress() {
        return session.address();
    }

    /**
     * Deploys the receipt proof verifier (creation bytecode of the Groth16 verifier exported for receipt_simple's
     * key), ZKReceiptVerifier with its AIToken, and ModelRegistry. The operator becomes admin and operator.
     */
    public DeployedPlatform deployPlatform(String receiptProofVerifierBytecode, String tokenName, String tokenSymbol)
            throws ChainException {
        String proofVerifier = deployVerifier(receiptProofVerifierBytecode);
        ZKReceiptVerifier receipts = send("deploy ZKReceiptVerifier", ZKReceiptVerifier.deploy(web3j,
                session.transactionManager(), session.gasProvider(), proofVerifier, operatorAddress(), tokenName, tokenSymbol));
        ModelRegistry registry = send("deploy ModelRegistry",
                ModelRegistry.deploy(web3j, session.transactionManager(), session.gasProvider()));
        String token = send("read AIToken address", receipts.token());
        return new DeployedPlatform(receipts.getContractAddress(), token, registry.getContractAddress(), proofVerifier);
    }

    /** Deploys a Groth16 verifier (or any contract) from its creation bytecode and returns its address. */
    public String deployVerifier(String creationBytecode) throws ChainException {
        return run("deploy verifier", () -> session.deploy(creationBytecode));
    }

    /** Registers a model owned by the operator, with its first version. */
    public ChainReceipt registerModel(ModelVersionRecord model) throws ChainException {
        return ChainReceipt.of(send("register model", registry().registerModel(model.modelId(), model.commitment(),
                model.verifier())));
    }

    /** Publishes a new version of a model the operator owns. */
    public ChainReceipt publishModelVersion(ModelVersionRecord model) throws ChainException {
        return ChainReceipt.of(send("publish model version", registry().publishVersion(model.modelId(),
                model.commitment(), model.verifier())));
    }

    /** Anchors the hash of a verified job's receipt; see {@link #anchorReceipt(BigInteger)}. */
    public java.util.Optional<ChainReceipt> anchorReceipt(ReceiptSimple receipt) throws ChainException {
        return anchorReceipt(receipt.receiptHash());
    }

    /**
     * Anchors a verified job's receipt hash. Idempotent, so a job can retry it safely: a hash already anchored (or
     * claimed) sends nothing and returns empty.
     */
    public java.util.Optional<ChainReceipt> anchorReceipt(BigInteger receiptHash) throws ChainException {
        ZKReceiptVerifier receipts = receiptVerifier();
        if (!UNKNOWN.equals(send("read receipt state", receipts.receiptState(receiptHash)))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ChainReceipt.of(send("anchor receipt", receipts.anchorReceipt(receiptHash))));
    }

    /**
     * Claims an anchored receipt with its receipt_simple proof: mints the proof's amount to the proof's recipient.
     * The public signals are receiptHash, nullifier, amount, recipient.
     */
    public ChainReceipt claimReceipt(Groth16Calldata proof) throws ChainException {
        List<BigInteger> s = proof.publicSignals();
        if (s.size() != 4) throw new IllegalArgumentException("a receipt proof has 4 public signals, got " + s.size());
        if (s.get(3).bitLength() > 160) throw new IllegalArgumentException("recipient signal is not an address: " + s.get(3));
        String recipient = Numeric.toHexStringWithPrefixZeroPadded(s.get(3), 40);
        return ChainReceipt.of(send("claim receipt",
                receiptVerifier().claim(proof.flatProof(), s.get(0), s.get(1), s.get(2), recipient)));
    }

    /** AIToken balance of an address. */
    public BigInteger tokenBalance(String address) throws ChainException {
        String token = send("read AIToken address", receiptVerifier().token());
        return send("read balance", AIToken.load(token, web3j, session.transactionManager(), session.gasProvider())
                .balanceOf(address));
    }

    @Override
    public void close() {
        web3j.shutdown();
    }

    private ZKReceiptVerifier receiptVerifier() {
        String address = settings.receiptVerifier().orElseThrow(() -> new IllegalStateException(
                "no ZKReceiptVerifier configured (" + ChainSettings.RECEIPT_VERIFIER + ")"));
        return ZKReceiptVerifier.load(address, web3j, session.transactionManager(), session.gasProvider());
    }

    private ModelRegistry registry() {
        String address = settings.modelRegistry().orElseThrow(() -> new IllegalStateException(
                "no ModelRegistry configured (" + ChainSettings.MODEL_REGISTRY + ")"));
        return ModelRegistry.load(address, web3j, session.transactionManager(), session.gasProvider());
    }

    /** A wrapper's transaction or read-only call. */
    private <T> T send(String operation, RemoteCall<T> call) throws ChainException {
        return run(operation, () -> session.send(call));
    }

    private interface ChainStep<T> {
        T run() throws IOException;
    }

    /** Maps the library's failures onto the three kinds a job distinguishes. */
    private <T> T run(String operation, ChainStep<T> step) throws ChainException {
        try {
            return step.run();
        } catch (ContractRevertedException e) {
            throw new TransactionRevertedException(operation, e);
        } catch (TransactionNotMinedException e) {
            throw new TransactionNotConfirmedException(operation, e);
        } catch (IOException e) {
            throw new ChainUnreachableException(settings.rpcUrl().toString(), e);
        }
    }
}
