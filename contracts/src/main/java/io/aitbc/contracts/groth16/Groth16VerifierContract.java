package io.aitbc.contracts.groth16;

import io.aitbc.contracts.abi.NestedStaticArray;
import io.aitbc.zk.solidity.Groth16Calldata;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.StaticArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.StaticArray2;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A deployed Groth16 verifier contract with the snarkjs calling convention
 * {@code verifyProof(uint256[2], uint256[2][2], uint256[2], uint256[n]) returns (bool)}, for any number n of public
 * signals (one contract per circuit, so no wrapper can be generated ahead of time).
 */
public final class Groth16VerifierContract {
    private final Web3j web3j;
    private final String address;
    private final String caller;

    /**
     * @param web3j   connection to the chain
     * @param address the verifier contract
     * @param caller  the account the read-only calls come from
     */
    public Groth16VerifierContract(Web3j web3j, String address, String caller) {
        this.web3j = web3j;
        this.address = address;
        this.caller = caller;
    }

    /** The ABI call {@code verifyProof(a, b, c, publicSignals)}, with B typed as {@code uint256[2][2]}. */
    public static Function verifyProofFunction(Groth16Calldata calldata) {
        List<StaticArray2<Uint256>> rows = calldata.b().stream().map(Groth16VerifierContract::pair).toList();
        List<Type> inputs = List.of(
                pair(calldata.a()),
                new NestedStaticArray<>(rows),
                pair(calldata.c()),
                signals(calldata.publicSignals()));
        return new Function("verifyProof", inputs, List.of(new TypeReference<Bool>() {}));
    }

    /** Asks the contract (read-only call) whether the proof verifies for its public signals. */
    public boolean verifyProof(Groth16Calldata calldata) throws IOException {
        Function function = verifyProofFunction(calldata);
        EthCall response = web3j.ethCall(Transaction.createEthCallTransaction(caller, address,
                FunctionEncoder.encode(function)), DefaultBlockParameterName.LATEST).send();
        if (response.hasError()) {
            throw new IOException("verifyProof call failed: " + response.getError().getMessage());
        }
        List<Type> result = FunctionReturnDecoder.decode(response.getValue(), function.getOutputParameters());
        if (result.size() != 1) {
            throw new IOException("verifyProof returned no bool (" + response.getValue() + "): is " + address
                    + " a Groth16 verifier for " + calldata.publicSignals().size() + " public signals?");
        }
        return (Boolean) result.get(0).getValue();
    }

    /** Gas that a transaction calling verifyProof uses, as the node estimates it (including the 21000 base). */
    public BigInteger estimateVerificationGas(Groth16Calldata calldata) throws IOException {
        EthEstimateGas estimate = web3j.ethEstimateGas(Transaction.createEthCallTransaction(caller, address,
                FunctionEncoder.encode(verifyProofFunction(calldata)))).send();
        if (estimate.hasError()) throw new IOException("gas estimate failed: " + estimate.getError().getMessage());
        return estimate.getAmountUsed();
    }

    public String address() {
        return address;
    }

    /** uint256[n]: web3j has a class per length, so an anonymous one serves any n (same type string). */
    private static StaticArray<Uint256> signals(List<BigInteger> values) {
        return new StaticArray<>(Uint256.class, values.stream().map(Uint256::new).toList()) {};
    }

    private static StaticArray2<Uint256> pair(List<BigInteger> values) {
        return new StaticArray2<>(Uint256.class, new Uint256(values.get(0)), new Uint256(values.get(1)));
    }
}
