package io.aitbc.it;

import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.onnx.OnnxExporter;
import java.util.List;

/**
 * The model the zkML integration tests register: Dense(6 -> 4), ReLU, Dense(4 -> 3), with fixed weights; its circuit
 * compiles and sets up in seconds (a 2^12 powers of tau serves it). {@link #logits} is a naive float reference.
 */
final class TinyZkmlModel {

    static final int INPUTS = 6;
    static final int HIDDEN = 4;
    static final int CLASSES = 3;

    static final double[] W1 = {
            0.50, -0.25, 0.75, 0.10, -0.60, 0.30,
            -0.40, 0.80, 0.05, -0.70, 0.20, 0.55,
            0.90, 0.15, -0.35, 0.45, 0.60, -0.80,
            -0.10, -0.50, 0.65, 0.25, -0.30, 0.70};
    static final double[] B1 = {0.10, -0.20, 0.05, 0.30};
    static final double[] W2 = {
            0.70, -0.40, 0.55, 0.20,
            -0.30, 0.85, -0.25, 0.60,
            0.45, 0.10, 0.90, -0.65};
    static final double[] B2 = {0.05, -0.10, 0.20};

    private TinyZkmlModel() {
    }

    static byte[] onnx() {
        return onnx(0);
    }

    /**
     * Variant {@code v} shifts one output bias by {@code v/64}: another model commitment, so another artifact set
     * (test classes sharing a server each build their own circuit).
     */
    static byte[] onnx(int variant) {
        double[] b2 = B2.clone();
        b2[0] += variant / 64.0;
        Model m = new Model(Shape.vector(INPUTS), List.of(Dense.of(INPUTS, HIDDEN, W1, B1), new Relu(Shape.vector(HIDDEN)),
                Dense.of(HIDDEN, CLASSES, W2, b2)));
        return OnnxExporter.toBytes(m, "tiny-zkml");
    }

    /** Registers variant {@code variant} as a new model of {@code owner} and waits until its circuit is ready. */
    static long registerWithCircuit(Api api, String owner, String name, int variant) {
        Api.Answer m = api.post("/api/v1/models", owner, java.util.Map.of("name", name, "description", "6-4-3 MLP"));
        org.junit.jupiter.api.Assertions.assertEquals(201, m.status(), m.body());
        long id = m.json().path("id").asLong();
        Api.Answer v = api.post("/api/v1/models/" + id + "/versions", owner,
                java.util.Map.of("onnxBase64", java.util.Base64.getEncoder().encodeToString(onnx(variant))));
        org.junit.jupiter.api.Assertions.assertEquals(201, v.status(), v.body());
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(4).toNanos();
        while (true) {
            Api.Answer c = api.get("/api/v1/models/" + id + "/versions/1/circuit", owner);
            String status = c.json().path("status").asText();
            if (!status.equals("building") && !status.equals("not_built") || System.nanoTime() > deadline) {
                org.junit.jupiter.api.Assertions.assertEquals("ready", status, c.body());
                return id;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The float model, computed naively (the test's independent reference). */
    static double[] logits(double[] x) {
        double[] h = new double[HIDDEN];
        for (int i = 0; i < HIDDEN; i++) {
            double a = B1[i];
            for (int j = 0; j < INPUTS; j++) {
                a += W1[i * INPUTS + j] * x[j];
            }
            h[i] = Math.max(0, a);
        }
        double[] z = new double[CLASSES];
        for (int i = 0; i < CLASSES; i++) {
            double a = B2[i];
            for (int j = 0; j < HIDDEN; j++) {
                a += W2[i * HIDDEN + j] * h[j];
            }
            z[i] = a;
        }
        return z;
    }
}
