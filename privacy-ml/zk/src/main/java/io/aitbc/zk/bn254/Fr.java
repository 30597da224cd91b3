package io.aitbc.zk.bn254;

import java.math.BigInteger;

/** Element of the BN254 scalar field (the circuit field of circom and snarkjs), order r. Immutable. */
public final class Fr extends PrimeFieldElement<Fr> {

    public static final BigInteger MODULUS = new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    /** Shared Montgomery arithmetic for bulk code working on raw limbs. */
    public static final Montgomery256 ARITH = new Montgomery256(MODULUS);
    public static final Fr ZERO = new Fr(new long[4]);
    public static final Fr ONE = of(BigInteger.ONE);

    private Fr(long[] limbs) {
        super(limbs);
    }

    /** Reduces any integer (also negative) modulo the field order. */
    public static Fr of(BigInteger v) {
        return new Fr(reducedLimbs(ARITH, v));
    }

    public static Fr of(long v) {
        return of(BigInteger.valueOf(v));
    }

    /** Parses a canonical decimal string in [0, modulus), rejecting anything else. */
    public static Fr parseCanonical(String decimal) {
        return new Fr(canonicalLimbs(ARITH, parseDecimal(decimal)));
    }

    /** Accepts only values in [0, modulus). */
    public static Fr ofCanonical(BigInteger v) {
        return new Fr(canonicalLimbs(ARITH, v));
    }

    /** Wraps Montgomery limbs read from {@code src} at {@code off} (copied, checked to be reduced). */
    public static Fr fromMontgomery(long[] src, int off) {
        return new Fr(reducedCopy(ARITH, src, off));
    }

    @Override
    Montgomery256 field() {
        return ARITH;
    }

    @Override
    Fr wrap(long[] limbs) {
        return new Fr(limbs);
    }
}
