package io.aitbc.contracts.testing;

import io.aitbc.contracts.devchain.HardhatNode;
import io.aitbc.contracts.tx.ContractSession;
import io.aitbc.contracts.tx.RevertDecoder;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A fresh Hardhat node with freshly generated, funded accounts; one per test class. */
public final class LocalChain implements AutoCloseable {
    public static final long CHAIN_ID = 31337;

    private final HardhatNode node;
    private final Web3j web3j;
    private final List<Credentials> accounts;

    private LocalChain(HardhatNode node, List<Credentials> accounts) {
        this.node = node;
        this.accounts = accounts;
        this.web3j = Web3j.build(new HttpService(node.rpcUrl()));
    }

    public static LocalChain start(int accountCount) throws IOException {
        SecureRandom random = new SecureRandom();
        List<byte[]> keys = new ArrayList<>();
        List<Credentials> accounts = new ArrayList<>();
        for (int i = 0; i < accountCount; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            keys.add(key);
            accounts.add(Credentials.create(ECKeyPair.create(Numeric.toBigInt(key))));
        }
        HardhatNode node = HardhatNode.start(new HardhatNode.Options(Toolchain.contractsDir(), Toolchain.NODE, keys,
                CHAIN_ID, Duration.ofSeconds(60)));
        return new LocalChain(node, accounts);
    }

    public Web3j web3j() {
        return web3j;
    }

    public HardhatNode node() {
        return node;
    }

    public Credentials account(int index) {
        return accounts.get(index);
    }

    /** A session signing with account {@code index}. */
    public ContractSession session(int index) {
        return new ContractSession(web3j, accounts.get(index), CHAIN_ID, RevertDecoder.forPlatformContracts(),
                Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        web3j.shutdown();
        node.close();
    }
}
