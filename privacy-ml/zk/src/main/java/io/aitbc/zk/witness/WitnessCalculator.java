package io.aitbc.zk.witness;

import io.aitbc.zk.formats.WitnessFile;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Computes a circuit's full witness from its input signals (name -> flattened values, as in circom's
 * input.json). Implementations: {@link CircomWasmWitnessCalculator} (circom's WebAssembly in the JVM);
 * a native one may replace it later. Instances are not thread-safe.
 */
public interface WitnessCalculator {

    WitnessFile calculate(Map<String, List<BigInteger>> inputs);
}
