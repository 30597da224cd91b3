package io.aitbc.marketplace.chain;

import io.aitbc.contracts.receipt.ReceiptSimple;
import io.aitbc.contracts.testing.LocalChain;
import io.aitbc.contracts.testing.ReceiptProver;
import io.aitbc.zk.solidity.Groth16Calldata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's chain client against a real local EVM (Hardhat node), configured as the server would be: deploy,
 * register a model, anchor and claim a receipt proved by snarkjs for receipt_simple, and the failures a job must tell
 * apart (reverted, unreachable, wrong chain).
 */
class ChainClientTest {
    private static final BigInteger AMOUNT = BigInteger.valueOf(5).multiply(BigInteger.TEN.pow(18));

    @TempDir
    static Path keys;
    private static LocalChain chain;
    private static ReceiptProver prover;
    private static ChainSettings settings;
    private static DeployedPlatform platform;

    @BeforeAll
    static void deployThroughTheClient() throws Exception {
        prover = ReceiptProver.create();
        chain = LocalChain.start(2);
        ChainSettings bare = fromConfig(config(chain.node().rpcUrl(), LocalChain.CHAIN_ID, keyFile(chain.account(0))));
        try (ChainClient client = ChainClient.connect(bare)) {
            platform = client.deployPlatform(prover.exportedVerifier(prover.setup().zkey()).bytecode(), "AITBC Token", "AIT");
        }
        settings = bare.withContracts(platform.receiptVerifier(), platform.modelRegistry());
    }

    @AfterAll
    static void stop() {
        if (chain != null) chain.close();
    }

    static Path keyFile(Credentials account) throws IOException {
        Path file = Files.createTempFile(keys, "operator", ".key",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Numeric.toHexStringWithPrefixZeroPadded(account.getEcKeyPair().getPrivateKey(), 64));
        return file;
    }

    static Map<String, String> config(String rpcUrl, long chainId, Path keyFile) {
        Map<String, String> config = new HashMap<>();
        config.put(ChainSettings.RPC_URL, rpcUrl);
        config.put(ChainSettings.CHAIN_ID, Long.toString(chainId));
        config.put(ChainSettings.SIGNING_KEY_FILE, keyFile.toString());
        config.put(ChainSettings.RECEIPT_WAIT_SECONDS, "30");
        return config;
    }

    static ChainSettings fromConfig(Map<String, String> config) {
        return ChainSettings.fromConfig(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void aVerifiedReceiptIsAnchoredOnceAndItsProofMintsToTheRecipient() throws Exception {
        String recipient = chain.account(1).getAddress();
        ReceiptProver.Receipt receipt = ReceiptProver.newReceipt(AMOUNT, recipient);
        Groth16Calldata proof = prover.prove(receipt).calldata();

        try (ChainClient client = ChainClient.connect(settings)) {
            assertTrue(client.anchorReceipt(new ReceiptSimple(receipt.receiptId(), receipt.modelCommitment(),
                    receipt.outputHash(), AMOUNT, ReceiptSimple.secretHash(receipt.secret()))).isPresent());
            assertTrue(client.anchorReceipt(receipt.receiptHash()).isEmpty(), "a retried anchor sends nothing");
            ChainReceipt claimed = client.claimReceipt(proof);

            assertEquals(AMOUNT, client.tokenBalance(recipient));
            assertTrue(claimed.gasUsed().signum() > 0);
            TransactionRevertedException replay = assertThrows(TransactionRevertedException.class,
                    () -> client.claimReceipt(proof));
            assertEquals("NullifierAlreadySpent", replay.errorName());
            assertFalse(replay.retryable());
        }
    }

    @Test
    void modelsAreRegisteredAndOnlyTheirOwnerPublishesVersions() throws Exception {
        byte[] id = ModelVersionRecord.onChainId("model-" + System.nanoTime());
        try (ChainClient client = ChainClient.connect(settings)) {
            client.registerModel(new ModelVersionRecord(id, BigInteger.valueOf(123), platform.receiptProofVerifier()));
            client.publishModelVersion(new ModelVersionRecord(id, BigInteger.valueOf(124), platform.receiptProofVerifier()));
        }
        ChainSettings other = fromConfig(configWithContracts(keyFile(chain.account(1))));
        try (ChainClient stranger = ChainClient.connect(other)) {
            TransactionRevertedException e = assertThrows(TransactionRevertedException.class, () ->
                    stranger.publishModelVersion(new ModelVersionRecord(id, BigInteger.ONE, platform.receiptProofVerifier())));
            assertEquals("NotModelOwner", e.errorName());
            assertTrue(e.transactionHash().isEmpty(), "refused at the gas estimate, before anything was signed");
            assertEquals("AccessControlUnauthorizedAccount", assertThrows(TransactionRevertedException.class,
                    () -> stranger.anchorReceipt(BigInteger.TEN)).errorName());
        }
    }

    private static Map<String, String> configWithContracts(Path keyFile) {
        Map<String, String> config = config(chain.node().rpcUrl(), LocalChain.CHAIN_ID, keyFile);
        config.put(ChainSettings.RECEIPT_VERIFIER, platform.receiptVerifier());
        config.put(ChainSettings.MODEL_REGISTRY, platform.modelRegistry());
        return config;
    }

    @Test
    void aNodeOfAnotherChainIsRefusedBeforeAnythingIsSent() throws Exception {
        ChainSettings mainnet = fromConfig(config(chain.node().rpcUrl(), 1, keyFile(chain.account(0))));
        WrongChainIdException e = assertThrows(WrongChainIdException.class, () -> ChainClient.connect(mainnet));
        assertEquals(1, e.expected());
        assertEquals(LocalChain.CHAIN_ID, e.actual());
        assertFalse(e.retryable());
    }

    @Test
    void anUnreachableNodeIsARetryableFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ChainSettings nowhere = fromConfig(config("http://127.0.0.1:" + closedPort + "/", LocalChain.CHAIN_ID,
                keyFile(chain.account(0))));
        ChainUnreachableException e = assertThrows(ChainUnreachableException.class, () -> ChainClient.connect(nowhere));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort));
    }

    @Test
    void aNodeThatGoesAwayMidSessionIsUnreachableAndTheAnchorCanBeRetriedLater() throws Exception {
        BigInteger receiptHash = ReceiptProver.newReceipt(AMOUNT, chain.account(1).getAddress()).receiptHash();
        try (LocalChain shortLived = LocalChain.start(1)) {
            ChainSettings own = fromConfig(config(shortLived.node().rpcUrl(), LocalChain.CHAIN_ID, keyFile(shortLived.account(0))));
            DeployedPlatform p;
            try (ChainClient client = ChainClient.connect(own)) {
                p = client.deployPlatform(prover.snarkjsVerifier().bytecode(), "T", "T");
            }
            try (ChainClient client = ChainClient.connect(own.withContracts(p.receiptVerifier(), p.modelRegistry()))) {
                shortLived.node().close();
                assertTrue(assertThrows(ChainUnreachableException.class, () -> client.anchorReceipt(receiptHash)).retryable());
            }
        }
        try (ChainClient client = ChainClient.connect(settings)) {
            assertTrue(client.anchorReceipt(receiptHash).isPresent(), "the retry on a live node anchors");
        }
    }
}
