package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Public signals in circom order (outputs, then public inputs), as canonical field elements. */
final class PublicSignalList {

    private final List<BigInteger> values = new ArrayList<>();

    PublicSignalList add(BigInteger v) {
        values.add(v.mod(Fr.MODULUS));
        return this;
    }

    PublicSignalList add(Fr... v) {
        for (Fr x : v) values.add(x.toBigInteger());
        return this;
    }

    List<BigInteger> values() {
        return List.copyOf(values);
    }
}
