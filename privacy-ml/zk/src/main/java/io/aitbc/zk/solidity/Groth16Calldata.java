package io.aitbc.zk.solidity;

import io.aitbc.zk.bn254.Fp2;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.PublicSignals;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Groth16 proof and its public signals as a Solidity verifier takes them: the arguments of
 * {@code verifyProof(uint256[2] a, uint256[2][2] b, uint256[2] c, uint256[n] publicSignals)}, in the convention of
 * snarkjs's {@code zkey export soliditycalldata}, which {@link SolidityVerifierExporter}'s verifiers share.
 * Words are kept as given (not reduced), so that tests can also pass out-of-range values to a verifier.
 *
 * @param a             A = (x, y) in G1
 * @param b             B in G2 as [[x.c1, x.c0], [y.c1, y.c0]]: each Fp2 coordinate with its imaginary part first,
 *                      the order of the EIP-197 pairing precompile
 * @param c             C = (x, y) in G1
 * @param publicSignals the circuit's public signals in circuit order (outputs, then public inputs)
 */
public record Groth16Calldata(List<BigInteger> a, List<List<BigInteger>> b, List<BigInteger> c,
                              List<BigInteger> publicSignals) {

    private static final BigInteger WORD_LIMIT = BigInteger.ONE.shiftLeft(256);

    public Groth16Calldata {
        a = words(a, 2, "a");
        c = words(c, 2, "c");
        if (b.size() != 2) throw new IllegalArgumentException("b needs 2 rows, got " + b.size());
        b = List.of(words(b.get(0), 2, "b[0]"), words(b.get(1), 2, "b[1]"));
        publicSignals = words(publicSignals, publicSignals.size(), "publicSignals");
    }

    /** The calldata of a proof: points at infinity become (0, 0), as the EVM precompiles encode them. */
    public static Groth16Calldata of(Proof proof, PublicSignals publicSignals) {
        G2Point b = proof.b();
        List<List<BigInteger>> bWords = b.isInfinity()
                ? List.of(List.of(BigInteger.ZERO, BigInteger.ZERO), List.of(BigInteger.ZERO, BigInteger.ZERO))
                : List.of(evmOrder(b.x()), evmOrder(b.y()));
        return new Groth16Calldata(g1Words(proof.a()), bWords, g1Words(proof.c()), publicSignals.asBigIntegers());
    }

    /** (x, y) of a G1 point, (0, 0) for infinity. */
    static List<BigInteger> g1Words(G1Point p) {
        return p.isInfinity() ? List.of(BigInteger.ZERO, BigInteger.ZERO)
                : List.of(p.x().toBigInteger(), p.y().toBigInteger());
    }

    /** An Fp2 element as the pairing precompile reads it: imaginary part first. */
    static List<BigInteger> evmOrder(Fp2 e) {
        return List.of(e.c1().toBigInteger(), e.c0().toBigInteger());
    }

    /**
     * From the eight proof words in calldata order [A.x, A.y, B.x1, B.x0, B.y1, B.y0, C.x, C.y] (the flat form
     * ZKReceiptVerifier.claim in contracts/ takes).
     */
    public static Groth16Calldata fromFlatProof(List<BigInteger> proof, List<BigInteger> publicSignals) {
        if (proof.size() != 8) throw new IllegalArgumentException("a flat proof has 8 words, got " + proof.size());
        return new Groth16Calldata(proof.subList(0, 2),
                List.of(proof.subList(2, 4), proof.subList(4, 6)), proof.subList(6, 8), publicSignals);
    }

    /** The eight proof words in calldata order, see {@link #fromFlatProof}. */
    public List<BigInteger> flatProof() {
        return Stream.of(a, b.get(0), b.get(1), c).flatMap(List::stream).toList();
    }

    /**
     * The text snarkjs's {@code zkey export soliditycalldata} prints:
     * {@code ["0x..","0x.."],[["0x..","0x.."],["0x..","0x.."]],["0x..","0x.."],["0x..",...]}.
     */
    public String toSnarkjsText() {
        return hexList(a, ", ") + ",[" + hexList(b.get(0), ", ") + "," + hexList(b.get(1), ", ") + "],"
                + hexList(c, ", ") + "," + hexList(publicSignals, ",");
    }

    private static String hexList(List<BigInteger> values, String separator) {
        return values.stream().map(v -> "\"0x" + String.format("%64s", v.toString(16)).replace(' ', '0') + "\"")
                .collect(Collectors.joining(separator, "[", "]"));
    }

    public Groth16Calldata withPublicSignals(List<BigInteger> signals) {
        return new Groth16Calldata(a, b, c, signals);
    }

    private static List<BigInteger> words(List<BigInteger> values, int size, String what) {
        if (values.size() != size) {
            throw new IllegalArgumentException(what + " needs " + size + " values, got " + values.size());
        }
        for (BigInteger v : values) {
            if (v.signum() < 0 || v.compareTo(WORD_LIMIT) >= 0) {
                throw new IllegalArgumentException(what + " holds a value that is not a uint256: " + v);
            }
        }
        return List.copyOf(values);
    }
}
