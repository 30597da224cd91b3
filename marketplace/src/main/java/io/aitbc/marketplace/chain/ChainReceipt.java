package io.aitbc.marketplace.chain;

import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.math.BigInteger;

/** A mined transaction: what a job records after an on-chain step. */
public record ChainReceipt(String transactionHash, BigInteger blockNumber, BigInteger gasUsed) {
    static ChainReceipt of(TransactionReceipt receipt) {
        return new ChainReceipt(receipt.getTransactionHash(), receipt.getBlockNumber(), receipt.getGasUsed());
    }
}
