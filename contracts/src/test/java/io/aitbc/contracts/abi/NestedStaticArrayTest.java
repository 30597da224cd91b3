package io.aitbc.contracts.abi;

import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.contracts.groth16.Groth16VerifierContract;
import io.aitbc.contracts.solc.CompiledContract;
import io.aitbc.contracts.testing.ReceiptProver;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.generated.StaticArray2;
import org.web3j.abi.datatypes.generated.Uint256;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verifier call's selector and type string, checked against solc's own method identifiers. */
class NestedStaticArrayTest {

    private static StaticArray2<Uint256> row(long x, long y) {
        return new StaticArray2<>(Uint256.class, new Uint256(x), new Uint256(y));
    }

    @Test
    void theSelectorOfVerifyProofMatchesSolcs() throws Exception {
        CompiledContract snarkjsVerifier = ReceiptProver.create().snarkjsVerifier();
        String solcSelector = snarkjsVerifier.methodIdentifiers()
                .get("verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[4])");
        List<BigInteger> signals = List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.TEN, BigInteger.ONE);
        Groth16Calldata calldata = Groth16Calldata.fromFlatProof(
                java.util.stream.LongStream.rangeClosed(1, 8).mapToObj(BigInteger::valueOf).toList(), signals);

        String encoded = FunctionEncoder.encode(Groth16VerifierContract.verifyProofFunction(calldata));

        assertEquals("0x" + solcSelector, encoded.substring(0, 10));
        // A static encoding: selector + 2 + 4 + 2 + 4 words, B's rows in order.
        assertEquals(10 + 12 * 64, encoded.length());
        assertEquals(BigInteger.valueOf(3), new BigInteger(encoded.substring(10 + 2 * 64, 10 + 3 * 64), 16));
        assertEquals(BigInteger.valueOf(6), new BigInteger(encoded.substring(10 + 5 * 64, 10 + 6 * 64), 16));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void nestedTypeStringsComeFromTheElements() {
        assertEquals("uint256[2][2]", new NestedStaticArray<>(List.of(row(1, 2), row(3, 4))).getTypeAsString());
        // What web3j alone produces for the same value, and why this class exists:
        // (this is how web3j's generated wrappers build a uint256[2][2] argument)
        StaticArray2 plain = new StaticArray2(StaticArray2.class, List.of(row(1, 2), row(3, 4)));
        assertNotEquals("uint256[2][2]", plain.getTypeAsString());
        assertThrows(IllegalArgumentException.class, () -> new NestedStaticArray<StaticArray2<Uint256>>(List.of()));
    }
}
