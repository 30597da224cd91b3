package io.aitbc.model.zkml;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Signed integers as BN254 field elements: {@code v mod p}, so a negative {@code v} becomes {@code p + v}. */
final class FieldElements {

    private FieldElements() {
    }

    static List<BigInteger> of(long[] values) {
        List<BigInteger> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(of(v));
        }
        return out;
    }

    static BigInteger of(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : Fr.MODULUS.add(BigInteger.valueOf(v));
    }
}
