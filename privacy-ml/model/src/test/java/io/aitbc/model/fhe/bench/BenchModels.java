package io.aitbc.model.fhe.bench;

import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheCompileOptions;
import io.aitbc.model.fhe.FheCompiler;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.train.ModelZoo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared by the benchmark modes: models by name (zoo or data/models), calibration data, clocks, memory. */
final class BenchModels {

    private BenchModels() {}

    /** A shipped zoo model by name, or an ONNX file under data/models (bin/train-models --full). */
    static Model load(String name) throws IOException {
        if (ModelZoo.find(name).map(ModelZoo.Entry::shipped).orElse(false)) return ModelZoo.shipped(name);
        Path p = Path.of("data/models", name + ".onnx");
        if (!Files.isRegularFile(p)) throw new IOException(p + " not found: run bin/train-models --full");
        return OnnxImporter.read(p);
    }

    /** Compiled with the first {@code calibration} training images (labelled) and no compile-time verification. */
    static CompiledFheModel compile(Model model, int calibration) throws IOException {
        Dataset train = FashionMnist.installed().train(calibration);
        List<double[]> x = new ArrayList<>();
        int[] y = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            x.add(train.image(i));
            y[i] = train.label(i);
        }
        return FheCompiler.compile(model, FheCompileOptions.defaults().allowApproximations(true).withCalibration(x, y)
                .withVerificationSamples(0));
    }

    /**
     * CPU time of all live threads of this process (the evaluator's pool threads included), ns, from the
     * per-thread clocks (nanosecond resolution; /proc schedstat and the JMX process time update too coarsely
     * for sub-millisecond steps). Much less sensitive than wall time to other processes sharing the cores.
     */
    static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    /** Heap in use after a full collection, MiB: what the objects still referenced (keys, model, caches) need. */
    static long liveHeapMiB() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    /** Peak resident set size of this process (VmHWM), MiB. */
    static long peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
        return -1;
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
