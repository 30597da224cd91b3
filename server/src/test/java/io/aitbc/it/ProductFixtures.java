package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the product's integration tests set up the same way: models with real weights, listings, benchmark runs. */
final class ProductFixtures {

    private ProductFixtures() {
    }

    static void assertProblem(Api.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType() + " " + a.body());
        assertEquals(status, a.json().path("status").asInt(), a.body());
    }

    static long created(Api.Answer a) {
        assertEquals(201, a.status(), a.body());
        return a.json().path("id").asLong();
    }

    /** A model of the owner with one version holding the ONNX weights of the shipped Fashion-MNIST linear model. */
    static long modelWithWeights(Api api, String owner, String name) {
        long id = created(api.post("/api/v1/models", owner, Map.of("name", name, "description", "784-10 linear")));
        Path onnx = Path.of(System.getProperty("aitbc.it.root", ".."))
                .resolve("privacy-ml/model/src/main/resources/io/aitbc/model/zoo/fmnist-linear.onnx");
        try {
            Api.Answer v = api.post("/api/v1/models/" + id + "/versions", owner, Map.of(
                    "architectureJson", "{\"layers\":[784,10]}",
                    "onnxBase64", Base64.getEncoder().encodeToString(Files.readAllBytes(onnx))));
            assertEquals(201, v.status(), v.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    static Map<String, Object> terms(long modelId, String title, Object fhe, Object zkml) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("modelId", modelId);
        t.put("title", title);
        t.put("description", "marketplace-it");
        t.put("priceFhe", fhe);
        t.put("priceZkml", zkml);
        return t;
    }

    /** Starts a benchmark run on the model and follows its events to the end; returns the events. */
    static List<ServerSentEvents.Event> benchmark(PlatformServer platform, String owner, long model) {
        Api.Answer run = new Api(platform.baseUrl()).post("/api/v1/benchmarks/runs", owner, Map.of("modelId", model));
        assertEquals(202, run.status(), run.body());
        long jobId = run.json().path(0).path("id").asLong();
        return ServerSentEvents.read(platform.baseUrl() + "/api/v1/ml/jobs/" + jobId + "/events", owner);
    }
}
