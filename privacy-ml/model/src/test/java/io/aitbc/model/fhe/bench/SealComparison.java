package io.aitbc.model.fhe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.fhe.nn.BsgsPlan;
import io.aitbc.fhe.nn.LinearStage;
import io.aitbc.fhe.nn.PolynomialStage;
import io.aitbc.fhe.nn.Stage;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheClient;
import io.aitbc.model.fhe.FheKeySet;
import io.aitbc.model.fhe.FheModelEvaluator;
import io.aitbc.model.ir.Model;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node-seal comparison: writes the compiled model's exact computation (parameters' bit sizes, every
 * pre-rotated diagonal grouped by giant step, folds, biases, squares, packed test inputs and their expected
 * logits) for bench/seal-inference.mjs, which runs the same packing and operations with SEAL; then times our
 * own client and server on the same images. Prints JSON lines (impl, model, threads, op, ms, cpu_ms).
 */
final class SealComparison {

    private SealComparison() {}

    static void run(String name, Path dir, int images, int calibration, int[] threads) throws Exception {
        Model model = BenchModels.load(name);
        CompiledFheModel compiled = BenchModels.compile(model, calibration);
        Dataset test = FashionMnist.installed().test(images);
        export(name, compiled, test, dir);
        for (int t : threads) time(name, compiled, test, t);
    }

    private static void export(String name, CompiledFheModel c, Dataset test, Path dir) throws IOException {
        Files.createDirectories(dir);
        int slots = c.parameters().slots();
        List<double[]> vectors = new ArrayList<>();
        List<Object> stages = new ArrayList<>();
        for (Stage s : c.network().stages()) {
            switch (s) {
                case LinearStage l -> {
                    BsgsPlan plan = l.transform().plan();
                    List<Object> giants = new ArrayList<>();
                    plan.babiesByGiant().forEach((g, babies) -> {
                        List<Object> terms = new ArrayList<>();
                        for (int b : babies) {
                            double[] d = l.transform().diagonals().byIndex().get(Math.floorMod(g + b, slots));
                            double[] rotated = new double[slots];
                            for (int j = 0; j < slots; j++) rotated[j] = d[Math.floorMod(j - g, slots)];
                            terms.add(Map.of("baby", b, "offset", add(vectors, rotated, slots)));
                        }
                        giants.add(Map.of("giant", g, "terms", terms));
                    });
                    double[] bias = l.bias();
                    stages.add(Map.of("kind", "linear", "giants", giants,
                            "fold", l.fold() == null ? new int[0] : l.fold().rotationSteps(),
                            "bias", bias == null ? -1 : add(vectors, bias, slots)));
                }
                case PolynomialStage p -> {
                    if (!p.isSquare()) throw new IllegalArgumentException(name + ": the node-seal comparison runs linear and square stages only");
                    stages.add(Map.of("kind", "square"));
                }
            }
        }
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            double[] x = test.image(i);
            inputs.add(Map.of("input", add(vectors, c.profile().inputPacking().encode(x), slots), "expected", c.reference().logits(x)));
        }
        long[] q = c.parameters().rlwe().q(), p = c.parameters().rlwe().p();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("model", name);
        plan.put("n", c.parameters().rlwe().n());
        plan.put("qBits", bits(q));
        plan.put("pBits", bits(p));
        plan.put("logScale", c.parameters().logDefaultScale());
        plan.put("inputLevel", c.profile().inputLevel());
        plan.put("rotationSteps", c.profile().rotationSteps());
        plan.put("relin", c.profile().relinearization());
        plan.put("outputLength", c.profile().outputLength());
        plan.put("slots", slots);
        plan.put("stages", stages);
        plan.put("images", inputs);
        new ObjectMapper().writeValue(dir.resolve("plan.json").toFile(), plan);
        ByteBuffer buf = ByteBuffer.allocate(vectors.size() * slots * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] v : vectors) for (double x : v) buf.putDouble(x);
        Files.write(dir.resolve("plan.bin"), buf.array());
    }

    private static int add(List<double[]> vectors, double[] v, int slots) {
        if (v.length != slots) throw new IllegalArgumentException("vector of " + v.length + " values, expected " + slots);
        vectors.add(v);
        return (vectors.size() - 1) * slots;
    }

    private static int[] bits(long[] primes) {
        int[] b = new int[primes.length];
        for (int i = 0; i < b.length; i++) b[i] = 64 - Long.numberOfLeadingZeros(primes[i]);
        return b;
    }

    /** Our client and server on the same images: keygen, encrypt, evaluate (cold first, then warm), decrypt. */
    private static void time(String name, CompiledFheModel c, Dataset test, int threads) throws Exception {
        FheClient client = FheClient.forProfile(c.profile());
        client.generateKeys(); // JIT warm-up; the second key generation is timed
        long w = System.nanoTime(), u = BenchModels.cpuNanos();
        FheKeySet keys = client.generateKeys();
        print(name, threads, "keygen", System.nanoTime() - w, BenchModels.cpuNanos() - u);
        FheModelEvaluator server = FheModelEvaluator.create(c, keys.evaluationKeys(), threads);
        List<Double> enc = new ArrayList<>(), encCpu = new ArrayList<>(), ev = new ArrayList<>(), evCpu = new ArrayList<>();
        List<Double> dec = new ArrayList<>(), decCpu = new ArrayList<>();
        double maxError = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < test.size(); i++) {
                double[] x = test.image(i);
                long w0 = System.nanoTime(), c0 = BenchModels.cpuNanos();
                Ciphertext in = client.encrypt(keys, x);
                long w1 = System.nanoTime(), c1 = BenchModels.cpuNanos();
                Ciphertext out = server.evaluate(in, null);
                long w2 = System.nanoTime(), c2 = BenchModels.cpuNanos();
                double[] logits = client.decryptLogits(keys, out);
                long w3 = System.nanoTime(), c3 = BenchModels.cpuNanos();
                if (round == 0 && i == 0) {
                    print(name, threads, "evaluate_cold", w2 - w1, c2 - c1); // includes encoding every plaintext once
                    continue;
                }
                if (round == 0) continue; // the first round warms the JIT
                enc.add((w1 - w0) / 1e6); encCpu.add((c1 - c0) / 1e6);
                ev.add((w2 - w1) / 1e6); evCpu.add((c2 - c1) / 1e6);
                dec.add((w3 - w2) / 1e6); decCpu.add((c3 - c2) / 1e6);
                double[] expected = c.reference().logits(x);
                for (int k = 0; k < expected.length; k++) maxError = Math.max(maxError, Math.abs(expected[k] - logits[k]));
            }
        }
        printMs(name, threads, "encrypt", BenchModels.median(enc), BenchModels.median(encCpu));
        printMs(name, threads, "evaluate", BenchModels.median(ev), BenchModels.median(evCpu));
        printMs(name, threads, "decrypt", BenchModels.median(dec), BenchModels.median(decCpu));
        printMs(name, threads, "end_to_end", BenchModels.median(enc) + BenchModels.median(ev) + BenchModels.median(dec),
                BenchModels.median(encCpu) + BenchModels.median(evCpu) + BenchModels.median(decCpu));
        System.out.println("{\"impl\":\"aitbc\",\"model\":\"" + name + "\",\"threads\":" + threads + ",\"op\":\"max_logit_error\",\"value\":" + maxError + "}");
    }

    private static void print(String model, int threads, String op, long wallNs, long cpuNs) {
        printMs(model, threads, op, wallNs / 1e6, cpuNs / 1e6);
    }

    private static void printMs(String model, int threads, String op, double ms, double cpuMs) {
        System.out.printf(java.util.Locale.ROOT, "{\"impl\":\"aitbc\",\"model\":\"%s\",\"threads\":%d,\"op\":\"%s\",\"ms\":%.3f,\"cpu_ms\":%.3f}%n",
                model, threads, op, ms, cpuMs);
    }
}
