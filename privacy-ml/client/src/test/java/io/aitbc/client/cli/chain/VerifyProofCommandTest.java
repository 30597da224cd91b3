package io.aitbc.client.cli.chain;

import io.aitbc.client.cli.AitbcCli;
import io.aitbc.contracts.testing.LocalChain;
import io.aitbc.contracts.testing.ReceiptProver;
import io.aitbc.contracts.testing.SnarkjsGroth16;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code aitbc chain verifyproof} against our exported verifier deployed on a Hardhat node, with snarkjs's proof files. */
class VerifyProofCommandTest {
    private static LocalChain chain;
    private static String verifier;
    private static SnarkjsGroth16.Proof proof;

    @BeforeAll
    static void deploy() throws Exception {
        ReceiptProver prover = ReceiptProver.create();
        chain = LocalChain.start(1);
        verifier = chain.session(0).deploy(prover.exportedVerifier(prover.setup().zkey()).bytecode());
        proof = prover.prove(ReceiptProver.newReceipt(BigInteger.TWO, chain.account(0).getAddress()));
    }

    @AfterAll
    static void stop() {
        if (chain != null) chain.close();
    }

    private static int verify(String rpcUrl, Path publicJson, String... extra) {
        String[] base = {"chain", "verifyproof", "--rpc-url", rpcUrl, "--verifier", verifier};
        String[] files = {proof.proofJson().toString(), publicJson.toString()};
        String[] args = new String[base.length + extra.length + files.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        System.arraycopy(files, 0, args, base.length + extra.length, files.length);
        return AitbcCli.execute(args);
    }

    @Test
    void aValidProofIsOkAndATamperedOneIsInvalid(@TempDir Path dir) throws Exception {
        assertEquals(0, verify(chain.node().rpcUrl(), proof.publicJson(), "--chain-id", Long.toString(LocalChain.CHAIN_ID)));

        String signals = Files.readString(proof.publicJson());
        Path tampered = Files.writeString(dir.resolve("public.json"), signals.replace("\"2\"", "\"3\""));
        assertEquals(VerifyProofCommand.INVALID, verify(chain.node().rpcUrl(), tampered));
    }

    @Test
    void anUnreachableNodeOrAnotherChainIsAnError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(VerifyProofCommand.ERROR, verify("http://127.0.0.1:" + closedPort, proof.publicJson()));
        assertEquals(VerifyProofCommand.ERROR, verify(chain.node().rpcUrl(), proof.publicJson(), "--chain-id", "1"));
    }
}
