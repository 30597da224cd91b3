package io.aitbc.contracts.tx;

import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.RemoteCall;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;

/**
 * One signing account on one chain: what the generated wrappers need to send transactions (a transaction manager
 * that signs locally with the chain id, and an {@link EstimatingGasProvider}), plus deployment of bytecode compiled
 * at run time (generated verifiers) and sending with reverts decoded.
 */
public final class ContractSession {
    private final Web3j web3j;
    private final Credentials credentials;
    private final long chainId;
    private final RawTransactionManager transactionManager;
    private final EstimatingGasProvider gasProvider;
    private final Transactions transactions;
    private final RevertDecoder decoder;
    private final PollingTransactionReceiptProcessor receipts;

    /**
     * @param receiptPoll how often to ask for the receipt of a sent transaction
     * @param receiptWait how long to wait for it before giving up (the transaction may still be mined later)
     */
    public ContractSession(Web3j web3j, Credentials credentials, long chainId, RevertDecoder decoder,
                           Duration receiptPoll, Duration receiptWait) {
        this.web3j = web3j;
        this.credentials = credentials;
        this.chainId = chainId;
        this.decoder = decoder;
        int attempts = (int) Math.max(1, receiptWait.toMillis() / Math.max(1, receiptPoll.toMillis()));
        this.receipts = new PollingTransactionReceiptProcessor(web3j, receiptPoll.toMillis(), attempts);
        this.transactionManager = new RawTransactionManager(web3j, credentials, chainId, receipts);
        this.gasProvider = new EstimatingGasProvider(web3j, chainId, decoder);
        this.transactions = new Transactions(decoder);
    }

    public Web3j web3j() {
        return web3j;
    }

    public String address() {
        return credentials.getAddress();
    }

    public long chainId() {
        return chainId;
    }

    public TransactionManager transactionManager() {
        return transactionManager;
    }

    public EstimatingGasProvider gasProvider() {
        return gasProvider;
    }

    public RevertDecoder revertDecoder() {
        return decoder;
    }

    /** Sends a wrapper call or deployment; see {@link Transactions#send}. */
    public <T> T send(RemoteCall<T> call) throws IOException {
        return transactions.send(call);
    }

    /**
     * Deploys creation bytecode (hex, with or without 0x, constructor arguments already appended) and returns the
     * new contract's address.
     */
    public String deploy(String creationBytecode) throws IOException {
        String data = creationBytecode.startsWith("0x") ? creationBytecode : "0x" + creationBytecode;
        return send(new RemoteCall<>(() -> {
            BigInteger gasLimit = gasProvider.getGasLimit(
                    Transaction.createContractTransaction(address(), null, null, data));
            EthSendTransaction sent = transactionManager.sendEIP1559Transaction(chainId,
                    gasProvider.getMaxPriorityFeePerGas(), gasProvider.getMaxFeePerGas(), gasLimit, "", data,
                    BigInteger.ZERO, true);
            if (sent.hasError()) throw new IOException("deployment rejected: " + sent.getError().getMessage());
            TransactionReceipt receipt = waitForReceipt(sent.getTransactionHash());
            if (!receipt.isStatusOK()) {
                throw new ContractRevertedException("deployment " + receipt.getTransactionHash() + " reverted",
                        null, null, receipt.getTransactionHash());
            }
            return receipt.getContractAddress();
        }));
    }

    private TransactionReceipt waitForReceipt(String hash) throws IOException {
        try {
            return receipts.waitForTransactionReceipt(hash);
        } catch (TransactionException e) {
            throw new TransactionNotMinedException("deployment " + hash + " not confirmed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
