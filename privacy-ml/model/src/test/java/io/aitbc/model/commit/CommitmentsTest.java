package io.aitbc.model.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.TestData;
import io.aitbc.model.quant.QLinear;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The spec's packing, sponge and commitments, recomputed independently by circomlibjs under node. */
class CommitmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fmnist-mlp-square", "fmnist-cnn-square"})
    void modelInputAndOutputHashesMatchCircomlibjs(String name) throws Exception {
        QuantizedModel q = Quantizer.quantize(ModelZoo.shipped(name));
        Dataset data = TestData.fashionMnistTest(2);
        long[] x = QuantizedInference.quantizeInput(q, data.image(1));
        long[] z = QuantizedInference.logits(q, x);

        ObjectNode req = Circomlibjs.JSON.createObjectNode();
        req.put("arch", ArchitectureJson.canonical(q));
        ArrayNode params = req.putArray("params");
        for (QLinear l : q.linearLayers()) {
            params.add(group(q.params().bW(), l.weights().toArray()));
            params.add(group(q.params().bB(), l.bias().toArray()));
        }
        req.putArray("hashes").add(group(q.params().bIn(), x)).add(group(32, z));
        JsonNode js = Circomlibjs.run(req);

        PublicSignals s = PublicSignals.of(q, x);
        assertEquals(js.get("archHash").asText(), s.archHash().toString());
        assertEquals(js.get("paramsDigest").asText(), ZkmlCommitments.paramsDigest(q).toString());
        assertEquals(js.get("modelCommitment").asText(), s.modelCommitment().toString());
        assertEquals(js.get("hashes").get(0).asText(), s.inputHash().toString());
        assertEquals(js.get("hashes").get(1).asText(), s.outputHash().toString());
    }

    @Test
    void spongeEdgeCasesAndExtremePackingMatchCircomlibjs() throws Exception {
        SplittableRandom rng = new SplittableRandom(5);
        List<List<BigInteger>> sponges = new ArrayList<>();
        for (int n : new int[] {0, 1, 14, 15, 16, 30, 31}) {
            List<BigInteger> els = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                els.add(new BigInteger(253, new java.util.Random(rng.nextLong())).mod(io.aitbc.zk.bn254.Fr.MODULUS));
            }
            sponges.add(els);
        }
        ObjectNode req = Circomlibjs.JSON.createObjectNode();
        ArrayNode sp = req.putArray("sponges");
        for (List<BigInteger> els : sponges) {
            ArrayNode a = sp.addArray();
            els.forEach(e -> a.add(e.toString()));
        }
        ArrayNode hashes = req.putArray("hashes");
        List<long[]> groups = new ArrayList<>();
        List<Integer> widths = List.of(1, 2, 7, 8, 16, 31, 32, 33, 48);
        for (int bits : widths) {
            long lo = -(1L << (bits - 1));
            long hi = (1L << (bits - 1)) - 1;
            long[] v = new long[3 * FieldPacking.valuesPerElement(bits) + 1];
            for (int i = 0; i < v.length; i++) {
                v[i] = i % 3 == 0 ? lo : i % 3 == 1 ? hi : lo + rng.nextLong(hi - lo + 1);
            }
            groups.add(v);
            hashes.add(group(bits, v));
        }
        JsonNode js = Circomlibjs.run(req);
        for (int i = 0; i < sponges.size(); i++) {
            assertEquals(js.get("sponges").get(i).asText(), PoseidonSponge.digest(sponges.get(i)).toString(), "sponge " + i);
        }
        for (int i = 0; i < widths.size(); i++) {
            assertEquals(js.get("hashes").get(i).asText(),
                    PoseidonSponge.digest(FieldPacking.pack(groups.get(i), widths.get(i))).toString(), "width " + widths.get(i));
        }
    }

    @Test
    void packingLayoutByHand() {
        // b = 8: u = v + 128, little-endian bytes; k = 31 values per element.
        List<BigInteger> e = FieldPacking.pack(new long[] {-128, 127, 0, 1}, 8);
        assertEquals(List.of(new BigInteger("8180ff00", 16)), e);
        assertEquals(2, FieldPacking.pack(new long[32], 8).size());
        assertEquals(7, FieldPacking.valuesPerElement(32));
        assertThrows(IllegalArgumentException.class, () -> FieldPacking.pack(new long[] {128}, 8));
        assertThrows(IllegalArgumentException.class, () -> FieldPacking.pack(new long[] {-129}, 8));
    }

    @Test
    void commitmentBindsArchitectureAndEveryWeight() {
        QuantizedModel q = Quantizer.quantize(ModelZoo.shipped("fmnist-linear"));
        BigInteger c = ZkmlCommitments.modelCommitment(q);
        assertEquals(c, ZkmlCommitments.modelCommitment(Quantizer.quantize(ModelZoo.shipped("fmnist-linear"))));
        assertNotEquals(c, ZkmlCommitments.modelCommitment(Quantizer.quantize(ModelZoo.shipped("fmnist-linear"),
                new io.aitbc.model.quant.QuantizationParams(16, 7, 8, 32))), "fA is part of the architecture");
        assertTrue(ArchitectureJson.canonical(q).startsWith(
                "{\"format\":\"aitbc-zkml-arch/1\",\"input\":[1,28,28],\"bIn\":16,\"fA\":8,\"bW\":8,\"bB\":32,\"layers\":"
                        + "[{\"op\":\"reshape\",\"in\":[1,28,28],\"out\":[784]},{\"op\":\"dense\",\"in\":[784],\"out\":[10],\"fW\":"),
                ArchitectureJson.canonical(q));
        assertTrue(ArchitectureJson.archHash(q).bitLength() <= 248, "31 bytes: always a canonical field element");
    }

    private static ObjectNode group(int bits, long[] values) {
        ObjectNode g = Circomlibjs.JSON.createObjectNode();
        g.put("bits", bits);
        ArrayNode a = g.putArray("values");
        for (long v : values) {
            a.add(Long.toString(v));
        }
        return g;
    }
}
