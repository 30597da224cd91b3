package io.aitbc.contracts;

import io.aitbc.contracts.generated.ModelRegistry;
import io.aitbc.contracts.testing.LocalChain;
import io.aitbc.contracts.testing.ReceiptProver;
import io.aitbc.contracts.tx.ContractRevertedException;
import io.aitbc.contracts.tx.ContractSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ModelRegistry on a real EVM: registration, versions, ownership, and the updates it must refuse. */
class ModelRegistryTest {
    private static final int OWNER = 0, STRANGER = 1, NEW_OWNER = 2;
    private static final BigInteger FIELD =
            new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");

    private static LocalChain chain;
    private static String registryAddress;
    private static String verifierV1;
    private static String verifierV2;

    @BeforeAll
    static void deploy() throws IOException {
        ReceiptProver prover = ReceiptProver.create();
        chain = LocalChain.start(3);
        ContractSession owner = chain.session(OWNER);
        String verifierBytecode = prover.snarkjsVerifier().bytecode();
        verifierV1 = owner.deploy(verifierBytecode);
        verifierV2 = owner.deploy(verifierBytecode);
        registryAddress = owner.send(ModelRegistry.deploy(chain.web3j(), owner.transactionManager(),
                owner.gasProvider())).getContractAddress();
    }

    @AfterAll
    static void stop() {
        if (chain != null) chain.close();
    }

    private static ModelRegistry as(int account) {
        ContractSession s = chain.session(account);
        return ModelRegistry.load(registryAddress, chain.web3j(), s.transactionManager(), s.gasProvider());
    }

    private static <T> T send(int account, org.web3j.protocol.core.RemoteCall<T> call) throws IOException {
        return chain.session(account).send(call);
    }

    private static String revertOf(int account, org.web3j.protocol.core.RemoteCall<?> call) {
        return assertThrows(ContractRevertedException.class, () -> send(account, call)).errorName();
    }

    private static byte[] newModelId() {
        return Hash.sha3(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void registeringAModelRecordsOwnerCommitmentVerifierAndEmitsEvents() throws Exception {
        byte[] id = newModelId();
        BigInteger commitment = FIELD.subtract(BigInteger.TWO);

        TransactionReceipt receipt = send(OWNER, as(OWNER).registerModel(id, commitment, verifierV1));

        assertEquals(chain.account(OWNER).getAddress().toLowerCase(), as(STRANGER).modelOwner(id).send().toLowerCase());
        assertEquals(BigInteger.ONE, as(STRANGER).latestVersion(id).send());
        var v1 = as(STRANGER).modelVersion(id, BigInteger.ONE).send();
        assertEquals(commitment, v1.component1());
        assertEquals(verifierV1.toLowerCase(), v1.component2().toLowerCase());
        var registered = ModelRegistry.getModelRegisteredEvents(receipt).get(0);
        assertArrayEquals(id, registered.modelId);
        var published = ModelRegistry.getModelVersionPublishedEvents(receipt).get(0);
        assertEquals(BigInteger.ONE, published.version);
        assertEquals(commitment, published.commitment);
    }

    @Test
    void theOwnerPublishesNewVersionsAndOldOnesStay() throws Exception {
        byte[] id = newModelId();
        send(OWNER, as(OWNER).registerModel(id, BigInteger.valueOf(11), verifierV1));

        send(OWNER, as(OWNER).publishVersion(id, BigInteger.valueOf(22), verifierV2));

        assertEquals(BigInteger.TWO, as(STRANGER).latestVersion(id).send());
        assertEquals(BigInteger.valueOf(11), as(STRANGER).modelVersion(id, BigInteger.ONE).send().component1());
        var v2 = as(STRANGER).modelVersion(id, BigInteger.TWO).send();
        assertEquals(BigInteger.valueOf(22), v2.component1());
        assertEquals(verifierV2.toLowerCase(), v2.component2().toLowerCase());
    }

    @Test
    void aNonOwnerCannotUpdateOrTakeOverAModel() throws Exception {
        byte[] id = newModelId();
        send(OWNER, as(OWNER).registerModel(id, BigInteger.valueOf(5), verifierV1));

        assertEquals("NotModelOwner", revertOf(STRANGER, as(STRANGER).publishVersion(id, BigInteger.ONE, verifierV2)));
        assertEquals("NotModelOwner", revertOf(STRANGER,
                as(STRANGER).transferModelOwnership(id, chain.account(STRANGER).getAddress())));
        assertEquals("ModelAlreadyRegistered", revertOf(STRANGER, as(STRANGER).registerModel(id, BigInteger.ONE, verifierV2)));
        assertEquals(BigInteger.ONE, as(STRANGER).latestVersion(id).send());
    }

    @Test
    void ownershipTransfersToTheNewOwnerOnly() throws Exception {
        byte[] id = newModelId();
        send(OWNER, as(OWNER).registerModel(id, BigInteger.valueOf(5), verifierV1));

        send(OWNER, as(OWNER).transferModelOwnership(id, chain.account(NEW_OWNER).getAddress()));

        assertEquals("NotModelOwner", revertOf(OWNER, as(OWNER).publishVersion(id, BigInteger.ONE, verifierV2)));
        send(NEW_OWNER, as(NEW_OWNER).publishVersion(id, BigInteger.TEN, verifierV2));
        assertEquals(BigInteger.TWO, as(STRANGER).latestVersion(id).send());
    }

    @Test
    void invalidRegistrationsAreRefused() {
        assertEquals("NotAFieldElement", revertOf(OWNER, as(OWNER).registerModel(newModelId(), FIELD, verifierV1)));
        assertEquals("VerifierNotAContract", revertOf(OWNER,
                as(OWNER).registerModel(newModelId(), BigInteger.ONE, chain.account(STRANGER).getAddress())));
        assertEquals("UnknownModel", revertOf(OWNER, as(OWNER).publishVersion(newModelId(), BigInteger.ONE, verifierV1)));
    }
}
