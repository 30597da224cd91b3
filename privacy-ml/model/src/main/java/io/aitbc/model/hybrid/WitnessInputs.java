package io.aitbc.model.hybrid;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The witness input of a circuit: signal name -> values as field elements (negative v as p + v). */
final class WitnessInputs {

    private final Map<String, List<BigInteger>> values = new LinkedHashMap<>();

    WitnessInputs put(String name, long... v) {
        return put(name, Arrays.stream(v).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new));
    }

    WitnessInputs put(String name, BigInteger... v) {
        List<BigInteger> list = new ArrayList<>(v.length);
        for (BigInteger x : v) list.add(x.mod(Fr.MODULUS));
        values.put(name, list);
        return this;
    }

    WitnessInputs put(String name, Fr... v) {
        List<BigInteger> list = new ArrayList<>(v.length);
        for (Fr x : v) list.add(x.toBigInteger());
        values.put(name, list);
        return this;
    }

    Map<String, List<BigInteger>> asMap() {
        return values;
    }
}
