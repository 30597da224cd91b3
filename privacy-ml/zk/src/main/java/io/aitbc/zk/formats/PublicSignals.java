package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.util.List;

/** The public signals of a proof, in circom order (outputs first, then public inputs); snarkjs {@code public.json}. */
public record PublicSignals(List<Fr> values) {

    public PublicSignals {
        values = List.copyOf(values);
    }

    public static PublicSignals ofIntegers(List<BigInteger> values) {
        return new PublicSignals(values.stream().map(Fr::ofCanonical).toList());
    }

    public List<BigInteger> asBigIntegers() {
        return values.stream().map(Fr::toBigInteger).toList();
    }

    public int size() {
        return values.size();
    }
}
