package io.aitbc.zk.bn254;

import java.math.BigInteger;

/** Element of the BN254 base field, over which G1 and G2 coordinates live. Immutable. */
public final class Fp extends PrimeFieldElement<Fp> {

    public static final BigInteger MODULUS = new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");
    /** Shared Montgomery arithmetic for bulk code working on raw limbs. */
    public static final Montgomery256 ARITH = new Montgomery256(MODULUS);
    public static final Fp ZERO = new Fp(new long[4]);
    public static final Fp ONE = of(BigInteger.ONE);

    private Fp(long[] limbs) {
        super(limbs);
    }

    /** Reduces any integer (also negative) modulo the field order. */
    public static Fp of(BigInteger v) {
        return new Fp(reducedLimbs(ARITH, v));
    }

    public static Fp of(long v) {
        return of(BigInteger.valueOf(v));
    }

    /** Parses a canonical decimal string in [0, modulus), rejecting anything else. */
    public static Fp parseCanonical(String decimal) {
        return new Fp(canonicalLimbs(ARITH, parseDecimal(decimal)));
    }

    /** Accepts only values in [0, modulus). */
    public static Fp ofCanonical(BigInteger v) {
        return new Fp(canonicalLimbs(ARITH, v));
    }

    /** Wraps Montgomery limbs read from {@code src} at {@code off} (copied, checked to be reduced). */
    public static Fp fromMontgomery(long[] src, int off) {
        return new Fp(reducedCopy(ARITH, src, off));
    }

    @Override
    Montgomery256 field() {
        return ARITH;
    }

    @Override
    Fp wrap(long[] limbs) {
        return new Fp(limbs);
    }
}
