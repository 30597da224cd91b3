package io.aitbc.zk.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.Fp12;
import io.aitbc.zk.bn254.Fp2;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import io.aitbc.zk.bn254.Pairing;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes snarkjs's JSON files: verification_key.json, proof.json, public.json. Points are
 * written affine with a third coordinate of 1 (G1 {@code [x, y, "1"]}, G2 {@code [[x0, x1], [y0, y1], ["1", "0"]]}),
 * infinity as {@code ["0", "1", "0"]}; on reading, any Jacobian z is accepted. Every point is validated.
 */
public final class SnarkjsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SnarkjsJson() {
    }

    // ---------- verification key ----------

    public static VerificationKey readVerificationKey(Path file) throws IOException {
        return parseVerificationKey(read(file), file.toString());
    }

    public static VerificationKey parseVerificationKey(String json) throws ZkFormatException {
        return parseVerificationKey(parse(json, "verification key"), "verification key");
    }

    private static VerificationKey parseVerificationKey(JsonNode n, String where) throws ZkFormatException {
        requireGroth16(n, where);
        try {
            int nPublic = field(n, "nPublic", where).asInt(-1);
            JsonNode icNode = field(n, "IC", where);
            if (!icNode.isArray()) {
                throw new ZkFormatException(where + ": IC must be an array");
            }
            List<G1Point> ic = new ArrayList<>();
            for (JsonNode p : icNode) {
                ic.add(g1(p, where + " IC"));
            }
            return new VerificationKey(nPublic, g1(field(n, "vk_alpha_1", where), where + " vk_alpha_1"),
                    g2(field(n, "vk_beta_2", where), where + " vk_beta_2"),
                    g2(field(n, "vk_gamma_2", where), where + " vk_gamma_2"),
                    g2(field(n, "vk_delta_2", where), where + " vk_delta_2"), ic);
        } catch (IllegalArgumentException e) {
            throw new ZkFormatException(where + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, VerificationKey vk) throws IOException {
        Files.writeString(file, toJson(vk));
    }

    public static String toJson(VerificationKey vk) {
        ObjectNode o = NODES.objectNode();
        o.put("protocol", "groth16");
        o.put("curve", "bn128");
        o.put("nPublic", vk.nPublic());
        o.set("vk_alpha_1", g1Json(vk.alpha1()));
        o.set("vk_beta_2", g2Json(vk.beta2()));
        o.set("vk_gamma_2", g2Json(vk.gamma2()));
        o.set("vk_delta_2", g2Json(vk.delta2()));
        o.set("vk_alphabeta_12", fp12Json(Pairing.pair(vk.alpha1(), vk.beta2())));
        ArrayNode ic = o.putArray("IC");
        vk.ic().forEach(p -> ic.add(g1Json(p)));
        return pretty(o);
    }

    // ---------- proof ----------

    public static Proof readProof(Path file) throws IOException {
        return parseProof(read(file), file.toString());
    }

    public static Proof parseProof(String json) throws ZkFormatException {
        return parseProof(parse(json, "proof"), "proof");
    }

    private static Proof parseProof(JsonNode n, String where) throws ZkFormatException {
        requireGroth16(n, where);
        try {
            return new Proof(g1(field(n, "pi_a", where), where + " pi_a"), g2(field(n, "pi_b", where), where + " pi_b"),
                    g1(field(n, "pi_c", where), where + " pi_c"));
        } catch (IllegalArgumentException e) {
            throw new ZkFormatException(where + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, Proof proof) throws IOException {
        Files.writeString(file, toJson(proof));
    }

    public static String toJson(Proof proof) {
        ObjectNode o = NODES.objectNode();
        o.set("pi_a", g1Json(proof.a()));
        o.set("pi_b", g2Json(proof.b()));
        o.set("pi_c", g1Json(proof.c()));
        o.put("protocol", "groth16");
        o.put("curve", "bn128");
        return pretty(o);
    }

    // ---------- public signals ----------

    public static PublicSignals readPublicSignals(Path file) throws IOException {
        return parsePublicSignals(read(file), file.toString());
    }

    public static PublicSignals parsePublicSignals(String json) throws ZkFormatException {
        return parsePublicSignals(parse(json, "public signals"), "public signals");
    }

    private static PublicSignals parsePublicSignals(JsonNode n, String where) throws ZkFormatException {
        if (!n.isArray()) {
            throw new ZkFormatException(where + ": expected a JSON array of decimal strings");
        }
        List<Fr> values = new ArrayList<>();
        for (JsonNode v : n) {
            try {
                values.add(Fr.ofCanonical(integer(v, where)));
            } catch (IllegalArgumentException e) {
                throw new ZkFormatException(where + ": " + e.getMessage(), e);
            }
        }
        return new PublicSignals(values);
    }

    public static void write(Path file, PublicSignals signals) throws IOException {
        Files.writeString(file, toJson(signals));
    }

    public static String toJson(PublicSignals signals) {
        ArrayNode a = NODES.arrayNode();
        signals.values().forEach(v -> a.add(v.toString()));
        return pretty(a);
    }

    // ---------- helpers ----------

    private static JsonNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ZkFormatException(file + ": no such file");
        }
        return parse(Files.readString(file), file.toString());
    }

    private static JsonNode parse(String json, String where) throws ZkFormatException {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) {
                throw new ZkFormatException(where + ": empty JSON");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new ZkFormatException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static void requireGroth16(JsonNode n, String where) throws ZkFormatException {
        if (!n.isObject()) {
            throw new ZkFormatException(where + ": expected a JSON object");
        }
        JsonNode protocol = n.get("protocol");
        if (protocol != null && !"groth16".equals(protocol.asText())) {
            throw new ZkFormatException(where + ": protocol '" + protocol.asText() + "' is not groth16");
        }
        JsonNode curve = n.get("curve");
        if (curve != null && !"bn128".equals(curve.asText()) && !"bn254".equals(curve.asText())) {
            throw new ZkFormatException(where + ": curve '" + curve.asText() + "' is not bn128");
        }
    }

    private static JsonNode field(JsonNode n, String name, String where) throws ZkFormatException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new ZkFormatException(where + ": missing '" + name + "'");
        }
        return v;
    }

    private static BigInteger integer(JsonNode v, String where) throws ZkFormatException {
        if (v == null || !(v.isTextual() || v.isIntegralNumber())) {
            throw new ZkFormatException(where + ": expected a decimal integer, got " + v);
        }
        try {
            return new BigInteger(v.asText().trim());
        } catch (NumberFormatException e) {
            throw new ZkFormatException(where + ": not a decimal integer: '" + v.asText() + "'");
        }
    }

    private static JsonNode arrayOf(JsonNode n, int size, String where) throws ZkFormatException {
        if (!n.isArray() || n.size() < size) {
            throw new ZkFormatException(where + ": expected an array of " + size + " elements, got " + n);
        }
        return n;
    }

    private static Fp fp(JsonNode v, String where) throws ZkFormatException {
        return Fp.ofCanonical(integer(v, where));
    }

    private static Fp2 fp2(JsonNode v, String where) throws ZkFormatException {
        arrayOf(v, 2, where);
        return new Fp2(fp(v.get(0), where), fp(v.get(1), where));
    }

    /** [x, y, z] Jacobian (z = 1 affine, z = 0 infinity). */
    static G1Point g1(JsonNode n, String where) throws ZkFormatException {
        arrayOf(n, 2, where);
        Fp x = fp(n.get(0), where), y = fp(n.get(1), where);
        Fp z = n.size() > 2 ? fp(n.get(2), where) : Fp.ONE;
        if (z.isZero()) {
            return G1Point.INFINITY;
        }
        Fp zi = z.inverse(), zi2 = zi.square();
        return G1Point.of(x.mul(zi2), y.mul(zi2).mul(zi));
    }

    static G2Point g2(JsonNode n, String where) throws ZkFormatException {
        arrayOf(n, 2, where);
        Fp2 x = fp2(n.get(0), where), y = fp2(n.get(1), where);
        Fp2 z = n.size() > 2 ? fp2(n.get(2), where) : Fp2.ONE;
        if (z.isZero()) {
            return G2Point.INFINITY;
        }
        Fp2 zi = z.inverse(), zi2 = zi.square();
        return G2Point.of(x.mul(zi2), y.mul(zi2).mul(zi));
    }

    static ArrayNode g1Json(G1Point p) {
        ArrayNode a = NODES.arrayNode();
        if (p.isInfinity()) {
            return a.add("0").add("1").add("0");
        }
        return a.add(p.x().toString()).add(p.y().toString()).add("1");
    }

    static ArrayNode g2Json(G2Point p) {
        ArrayNode a = NODES.arrayNode();
        if (p.isInfinity()) {
            a.add(NODES.arrayNode().add("0").add("0"));
            a.add(NODES.arrayNode().add("1").add("0"));
            a.add(NODES.arrayNode().add("0").add("0"));
            return a;
        }
        a.add(fp2Json(p.x()));
        a.add(fp2Json(p.y()));
        a.add(NODES.arrayNode().add("1").add("0"));
        return a;
    }

    private static ArrayNode fp2Json(Fp2 v) {
        return NODES.arrayNode().add(v.c0().toString()).add(v.c1().toString());
    }

    private static ArrayNode fp12Json(Fp12 v) {
        ArrayNode a = NODES.arrayNode();
        for (var half : List.of(v.c0(), v.c1())) {
            ArrayNode h = NODES.arrayNode();
            h.add(fp2Json(half.c0()));
            h.add(fp2Json(half.c1()));
            h.add(fp2Json(half.c2()));
            a.add(h);
        }
        return a;
    }

    private static String pretty(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
