package io.aitbc.model.hybrid;

import io.aitbc.model.commit.FieldPacking;
import io.aitbc.model.commit.PoseidonSponge;
import io.aitbc.zk.poseidon.Poseidon;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The packing of witness polynomials into field elements and the hiding witness commitment, exactly as
 * lib/hybrid/ring.circom computes them (the prover needs the commitment before the circuit runs: the
 * challenges are derived from it). Every value is range-checked here too, so an honest prover fails early.
 */
final class WitnessPacking {

    static final int TERNARY_PER_ELEMENT = 124;

    private final List<BigInteger> elements = new ArrayList<>();

    /** Ternary values as (v + 1) in base 4, 124 per element (PackTernary). */
    WitnessPacking ternary(long[] values) {
        for (int start = 0; start < values.length; start += TERNARY_PER_ELEMENT) {
            BigInteger e = BigInteger.ZERO;
            for (int i = Math.min(values.length, start + TERNARY_PER_ELEMENT) - 1; i >= start; i--) {
                if (values[i] < -1 || values[i] > 1) throw new IllegalArgumentException("value " + i + " is not ternary: " + values[i]);
                e = e.shiftLeft(2).add(BigInteger.valueOf(values[i] + 1));
            }
            elements.add(e);
        }
        return this;
    }

    /** Signed values of {@code bits} bits (PackSigned, ZKML-SPEC §3). */
    WitnessPacking signed(long[] values, int bits) {
        elements.addAll(FieldPacking.pack(values, bits));
        return this;
    }

    /** Signed values of {@code bits} bits that may exceed a long (PackSigned). */
    WitnessPacking signed(BigInteger[] values, int bits) {
        return packed(values, bits, BigInteger.ONE.shiftLeft(bits - 1), BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** Values in [lo, hi] as v - lo with bitLength(hi - lo) bits (PackBounded). */
    WitnessPacking bounded(long[] values, long lo, long hi) {
        int bits = 64 - Long.numberOfLeadingZeros(hi - lo);
        BigInteger[] big = new BigInteger[values.length];
        for (int i = 0; i < values.length; i++) big[i] = BigInteger.valueOf(values[i]);
        return packed(big, bits, BigInteger.valueOf(-lo), BigInteger.valueOf(hi - lo));
    }

    private WitnessPacking packed(BigInteger[] values, int bits, BigInteger offset, BigInteger max) {
        int k = FieldPacking.ELEMENT_BITS / bits;
        for (int start = 0; start < values.length; start += k) {
            BigInteger e = BigInteger.ZERO;
            for (int i = Math.min(values.length, start + k) - 1; i >= start; i--) {
                BigInteger u = values[i].add(offset);
                if (u.signum() < 0 || u.compareTo(max) > 0) throw new IllegalArgumentException("value " + i + " = " + values[i] + " is out of range");
                e = e.shiftLeft(bits).add(u);
            }
            elements.add(e);
        }
        return this;
    }

    List<BigInteger> elements() { return List.copyOf(elements); }

    /** Poseidon(2)([sponge(elements), salt]) (WitnessCommitment). */
    BigInteger commitment(BigInteger salt) {
        return Poseidon.hash(PoseidonSponge.digest(elements), salt);
    }
}
