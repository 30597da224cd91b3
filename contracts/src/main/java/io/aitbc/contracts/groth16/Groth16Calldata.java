package io.aitbc.contracts.groth16;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Groth16 proof and its public signals as a Solidity verifier takes them (the convention of snarkjs's
 * {@code zkey export soliditycalldata}, which our exported verifiers share).
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

    /**
     * From the eight proof words in calldata order [A.x, A.y, B.x1, B.x0, B.y1, B.y0, C.x, C.y] (the flat form
     * ZKReceiptVerifier.claim takes).
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
