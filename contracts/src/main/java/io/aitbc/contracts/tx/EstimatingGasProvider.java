package io.aitbc.contracts.tx;

import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthMaxPriorityFeePerGas;
import org.web3j.tx.gas.ContractEIP1559GasProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * EIP-1559 fees from the chain, and a gas limit from {@code eth_estimateGas} for each transaction. The estimate
 * runs the transaction first, so a transaction that would revert is stopped here, before anything is signed or
 * paid, with a {@link ContractRevertedException} that names the contract's error.
 */
public final class EstimatingGasProvider implements ContractEIP1559GasProvider {
    /** Head room over the estimate: state can change between estimate and inclusion. */
    private static final BigInteger MARGIN_PERCENT = BigInteger.valueOf(125);
    private static final BigInteger FALLBACK_LIMIT = BigInteger.valueOf(10_000_000);

    private final Web3j web3j;
    private final long chainId;
    private final RevertDecoder decoder;

    public EstimatingGasProvider(Web3j web3j, long chainId, RevertDecoder decoder) {
        this.web3j = web3j;
        this.chainId = chainId;
        this.decoder = decoder;
    }

    @Override
    public long getChainId() {
        return chainId;
    }

    @Override
    public BigInteger getMaxPriorityFeePerGas() {
        try {
            EthMaxPriorityFeePerGas fee = web3j.ethMaxPriorityFeePerGas().send();
            if (fee.hasError()) throw new UncheckedIOException(new IOException("eth_maxPriorityFeePerGas: " + fee.getError().getMessage()));
            return fee.getMaxPriorityFeePerGas();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Twice the latest base fee plus the tip: stays valid through several blocks of rising base fee. */
    @Override
    public BigInteger getMaxFeePerGas() {
        try {
            EthBlock.Block latest = web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock();
            return latest.getBaseFeePerGas().shiftLeft(1).add(getMaxPriorityFeePerGas());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BigInteger getGasPrice() {
        return getMaxFeePerGas();
    }

    @Override
    public BigInteger getGasLimit(Transaction planned) {
        // Estimate without the wrapper's placeholder nonce, gas and price, which a node may reject.
        Transaction probe = new Transaction(planned.getFrom(), null, null, null, planned.getTo(),
                planned.getValue() == null ? null : BigInteger.ZERO, planned.getData());
        try {
            EthEstimateGas estimate = web3j.ethEstimateGas(probe).send();
            if (estimate.hasError()) {
                String data = RevertData.of(estimate.getError()).orElse(null);
                throw new ContractRevertedException("transaction would revert (" + estimate.getError().getMessage() + ")",
                        data, decoder.decode(data).orElse(null), null);
            }
            return estimate.getAmountUsed().multiply(MARGIN_PERCENT).divide(BigInteger.valueOf(100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BigInteger getGasLimit() {
        return FALLBACK_LIMIT;
    }
}
