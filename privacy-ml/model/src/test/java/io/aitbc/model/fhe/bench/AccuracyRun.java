package io.aitbc.model.fhe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheClient;
import io.aitbc.model.fhe.FheKeySet;
import io.aitbc.model.fhe.FheModelEvaluator;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One model: compile, keys, then the first {@code images} Fashion-MNIST test images encrypted, evaluated,
 * decrypted (on {@code workers} threads, one single-threaded evaluation each), against the float model and
 * the plaintext reference; plaintext accuracies also on the full test set. Prints one JSON line.
 */
final class AccuracyRun {

    private AccuracyRun() {}

    static void run(String name, int images, int calibration, int workers) throws Exception {
        Model model = BenchModels.load(name);
        long t0 = System.nanoTime();
        CompiledFheModel compiled = BenchModels.compile(model, calibration);
        double compileS = (System.nanoTime() - t0) / 1e9;
        Dataset test = FashionMnist.installed().test(10_000);
        int floatFull = 0, refFull = 0;
        for (int i = 0; i < test.size(); i++) {
            double[] x = test.image(i);
            if (FloatInference.predict(model, x) == test.label(i)) floatFull++;
            if (compiled.reference().predict(x) == test.label(i)) refFull++;
        }
        FheClient keyClient = FheClient.forProfile(compiled.profile());
        t0 = System.nanoTime();
        FheKeySet keys = keyClient.generateKeys();
        double keygenS = (System.nanoTime() - t0) / 1e9;
        byte[] evalKeys = keys.evaluationKeysBytes();
        FheModelEvaluator server = FheModelEvaluator.create(compiled, evalKeys, 1);
        int n = Math.min(images, test.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger encCorrect = new AtomicInteger(), floatCorrect = new AtomicInteger(), refCorrect = new AtomicInteger();
        AtomicInteger agreeRef = new AtomicInteger(), agreeFloat = new AtomicInteger();
        double[] maxError = new double[workers];
        long[] ctBytes = new long[2];
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> jobs = new ArrayList<>();
        long w0 = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            jobs.add(pool.submit(() -> {
                FheClient client = FheClient.forProfile(compiled.profile()); // one encryptor per thread
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    double[] x = test.image(i);
                    byte[] in = client.encryptToBytes(keys, x);
                    byte[] out = server.evaluate(in, null);
                    if (i == 0) { ctBytes[0] = in.length; ctBytes[1] = out.length; }
                    double[] logits = client.decryptLogits(keys, out);
                    double[] ref = compiled.reference().logits(x);
                    int p = FheClient.predictedClass(logits), pf = FloatInference.predict(model, x), pr = FloatInference.argmax(ref);
                    for (int k = 0; k < ref.length; k++) maxError[worker] = Math.max(maxError[worker], Math.abs(ref[k] - logits[k]));
                    if (p == test.label(i)) encCorrect.incrementAndGet();
                    if (pf == test.label(i)) floatCorrect.incrementAndGet();
                    if (pr == test.label(i)) refCorrect.incrementAndGet();
                    if (p == pr) agreeRef.incrementAndGet();
                    if (p == pf) agreeFloat.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) f.get();
        pool.shutdown();
        double wallS = (System.nanoTime() - w0) / 1e9;
        double err = 0;
        for (double e : maxError) err = Math.max(err, e);
        var p = compiled.profile();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("kind", "accuracy");
        r.put("model", name);
        r.put("parameters", p.parameters().name());
        r.put("params", model.parameterCount());
        r.put("depth", p.depth());
        r.put("layers", p.layers());
        r.put("activations", p.activations().stream().map(a -> a.op() + " " + a.method() + " degree " + a.degree()).toList());
        r.put("rotationKeys", p.rotationSteps().length);
        r.put("compileS", compileS);
        r.put("keygenS", keygenS);
        r.put("evalKeyBytes", evalKeys.length);
        r.put("inputCtBytes", ctBytes[0]);
        r.put("outputCtBytes", ctBytes[1]);
        r.put("testImages", test.size());
        r.put("floatAccFull", floatFull / (double) test.size());
        r.put("referenceAccFull", refFull / (double) test.size());
        r.put("images", n);
        r.put("floatAcc", floatCorrect.get() / (double) n);
        r.put("referenceAcc", refCorrect.get() / (double) n);
        r.put("encryptedAcc", encCorrect.get() / (double) n);
        r.put("agreeReference", agreeRef.get());
        r.put("agreeFloat", agreeFloat.get());
        r.put("maxLogitError", err);
        r.put("workers", workers);
        r.put("secondsPerImage", wallS / n * workers);
        r.put("cachedPlaintextMiB", compiled.network().cachedPlaintextBytes() >> 20);
        r.put("liveHeapMiB", BenchModels.liveHeapMiB());
        r.put("peakRssMiB", BenchModels.peakRssMiB());
        java.lang.ref.Reference.reachabilityFence(server); // keys and caches stay live for the measurement
        java.lang.ref.Reference.reachabilityFence(keys);
        System.out.println(new ObjectMapper().writeValueAsString(r));
    }
}
