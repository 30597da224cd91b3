package io.aitbc.client.cli.chain;

import io.aitbc.contracts.groth16.Groth16VerifierContract;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.solidity.Groth16Calldata;
import org.web3j.crypto.WalletUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code aitbc chain verifyproof --rpc-url URL --verifier ADDRESS proof.json public.json}: asks a deployed Groth16
 * verifier contract (ours or snarkjs's) whether the proof verifies, with a read-only call (no key, no gas).
 */
@Command(name = "verifyproof",
        mixinStandardHelpOptions = true,
        description = {"Verifies a proof (snarkjs proof.json + public.json) with a Groth16 verifier contract on chain.",
                "Prints OK and exits 0 when the contract accepts it; prints INVALID and exits 1 when it does not;",
                "exits 2 on any other error (unreachable node, wrong chain id, malformed files)."})
public final class VerifyProofCommand implements Callable<Integer> {
    static final int INVALID = 1;
    static final int ERROR = 2;

    @Option(names = "--rpc-url", required = true, description = "JSON-RPC endpoint, e.g. http://127.0.0.1:8545")
    String rpcUrl;

    @Option(names = "--verifier", required = true, description = "address of the verifier contract")
    String verifier;

    @Option(names = "--chain-id", description = "refuse a node that serves another chain")
    Long chainId;

    @Parameters(index = "0", paramLabel = "<proof.json>")
    Path proof;

    @Parameters(index = "1", paramLabel = "<public.json>")
    Path publicSignals;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!WalletUtils.isValidAddress(verifier)) return fail("--verifier is not an address: " + verifier);
        Web3j web3j = Web3j.build(new HttpService(rpcUrl));
        try {
            Groth16Calldata calldata = Groth16Calldata.of(SnarkjsJson.readProof(proof), SnarkjsJson.readPublicSignals(publicSignals));
            if (chainId != null) {
                BigInteger actual = web3j.ethChainId().send().getChainId();
                if (actual.longValueExact() != chainId) return fail(rpcUrl + " serves chain id " + actual + ", not " + chainId);
            }
            // eth_call needs a sender; no account is used or charged
            boolean valid = new Groth16VerifierContract(web3j, verifier, "0x" + "0".repeat(40)).verifyProof(calldata);
            spec.commandLine().getOut().println(valid ? "OK" : "INVALID");
            return valid ? 0 : INVALID;
        } catch (IOException | RuntimeException e) {
            return fail(e.getMessage());
        } finally {
            web3j.shutdown();
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return ERROR;
    }
}
