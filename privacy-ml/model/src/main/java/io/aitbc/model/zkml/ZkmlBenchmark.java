package io.aitbc.model.zkml;

import io.aitbc.model.commit.CircuitInputs;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.ir.Dense;
import io.aitbc.model.ir.Flatten;
import io.aitbc.model.ir.FloatInference;
import io.aitbc.model.ir.Layer;
import io.aitbc.model.ir.Model;
import io.aitbc.model.ir.Relu;
import io.aitbc.model.ir.Shape;
import io.aitbc.model.ir.Square;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code bin/bench-zkml}: zkML scale and speed (not a test). Per model: build the artifacts (circom2 compile, a
 * DEVELOPMENT powers of tau from our single-party generator, Groth16 setup), prove Fashion-MNIST test images with
 * {@link ZkmlProver}, run {@code snarkjs groth16 prove} on the same zkey and witness, verify both ways, and check the
 * circuit against the Java reference and the float model on test images (witnesses only). Prints Markdown.
 *
 * <p>Usage: {@code ZkmlBenchmark [--runs N] [--agreement N] [--work DIR] [--O1|--O2] MODEL...} where MODEL is a zoo name (shipped,
 * or {@code data/models/NAME.onnx}), an .onnx path, or {@code mlp:784-256-10[:relu|:square]} (seeded random weights,
 * for scale only). Artifacts are kept under the work folder: a second run reuses them and reports the build numbers
 * measured when they were made.
 */
public final class ZkmlBenchmark {
    private final int runs;
    private final int agreementImages;
    private final Path work;
    private final CircomOptimization optimization;
    private final CircuitsToolchain toolchain = CircuitsToolchain.locate();
    private final Dataset test;
    private final List<String> rows = new ArrayList<>();

    private ZkmlBenchmark(int runs, int agreementImages, Path work, CircomOptimization optimization) throws IOException {
        this.optimization = optimization;
        this.runs = runs;
        this.agreementImages = agreementImages;
        this.work = work;
        this.test = FashionMnist.installed().test(Math.max(Math.max(runs, agreementImages), 1));
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        int runs = 3, agreement = 100;
        CircomOptimization optimization = CircuitBuilder.DEFAULT_OPTIMIZATION;
        Path work = Path.of(".work/bench-zkml");
        List<String> models = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--agreement" -> agreement = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--O1", "--O2" -> optimization = CircomOptimization.valueOf(args[i].substring(2));
                default -> models.add(args[i]);
            }
        }
        if (models.isEmpty()) {
            System.err.println("usage: bench-zkml [--runs N] [--agreement N] [--work DIR] MODEL...   (e.g. fmnist-mlp128-relu)");
            System.exit(2);
        }
        ZkmlBenchmark b = new ZkmlBenchmark(runs, agreement, work.toAbsolutePath(), optimization);
        System.out.printf("machine: %d cores, %.1f GiB max heap; load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1073741824.0, ProcessMemory.loadAverage());
        for (String m : models) {
            b.bench(m);
        }
        System.out.println();
        System.out.println("| model | params | constraints | domain | compile s (peak RSS) | dev ptau s | setup s (peak RSS) | zkey MiB "
                + "| prover load s | witness s | prove ours s (peak RSS) | prove snarkjs s (peak RSS) | ours / snarkjs | proof bytes "
                + "| verify ours ms | circuit = reference | circuit vs float argmax |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        b.rows.forEach(System.out::println);
        System.out.printf("load average at end %s%n", ProcessMemory.loadAverage());
    }

    private void bench(String spec) throws Exception {
        Model model = load(spec);
        QuantizedModel q = Quantizer.quantize(model, ModelZoo.QUANTIZATION);
        System.out.printf("%n## %s: %s, %,d parameters, circom %s%n", spec, model.describe(), model.parameterCount(), optimization.flag());
        CircuitBuilder builder = new CircuitBuilder(toolchain, new ZkmlArtifactStore(work.resolve("store-" + optimization.name())),
                PowersOfTauSource.developmentUnsafe(work.resolve("ptau")), optimization);
        TimedEvents events = new TimedEvents();
        String setupPeak = "";
        for (BuildStep step : BuildStep.values()) {
            ProcessMemory.resetPeak();
            builder.run(step, q, EnumSet.of(CircuitKind.INFERENCE), events);
            if (step == BuildStep.SETUP && events.ran(BuildStep.SETUP)) {
                setupPeak = ProcessMemory.peakMiB();
            }
        }
        ZkmlArtifacts a = builder.published(q).orElseThrow();
        CircuitArtifacts c = a.inference();
        System.out.printf("artifacts %s: %,d constraints, %,d wires, domain 2^%d, ptau %s%n", a.directory(), c.constraints(),
                c.wires(), c.domainLog(), c.ptauFile());

        long t0 = System.nanoTime();
        ZkmlProver prover = ZkmlProver.load(q, a);
        double load = seconds(t0);
        ZkmlVerifier verifier = ZkmlVerifier.load(a);
        double[] witness = new double[runs], prove = new double[runs];
        ZkmlProof last = null;
        ProcessMemory.resetPeak();
        for (int r = 0; r < runs; r++) {
            last = prover.prove(image(q, r));
            witness[r] = last.timings().witness().toNanos() / 1e9;
            prove[r] = last.timings().prove().toNanos() / 1e9;
            System.out.printf("proof %d: class %d, witness %.2f s, prove %.2f s, reference %.2f s, self-check %.3f s%n", r,
                    last.predictedClass(), witness[r], prove[r], last.timings().reference().toNanos() / 1e9,
                    last.timings().check().toNanos() / 1e9);
        }
        String provePeak = ProcessMemory.peakMiB();
        double verifyMs = verifyMedianMs(verifier, last);

        Path dir = Files.createDirectories(work.resolve("runs").resolve(a.directory().getFileName()));
        Files.writeString(dir.resolve("proof.json"), last.proofJson());
        Files.writeString(dir.resolve("public.json"), last.publicJson());
        long[] x = QuantizedInference.quantizeInput(q, image(q, runs - 1));
        WitnessFile w = CircomWasmWitnessCalculator.load(c.wasm()).calculate(CircuitInputs.inference(q, x));
        w.write(dir.resolve("witness.wtns"));
        Snarkjs sj = new Snarkjs(toolchain);
        ExternalCommand.Result ourVerifiedBySnarkjs = sj.run("groth16", "verify", c.verificationKey().toString(),
                dir.resolve("public.json").toString(), dir.resolve("proof.json").toString());
        System.out.printf("snarkjs groth16 verify on our proof: %s (%.2f s)%n", ourVerifiedBySnarkjs.outputTail().strip(),
                ourVerifiedBySnarkjs.elapsed().toNanos() / 1e9);
        double[] sjProve = new double[runs];
        long sjPeak = 0;
        for (int r = 0; r < runs; r++) {
            ExternalCommand.Result p = sj.run("groth16", "prove", c.zkey().toString(), dir.resolve("witness.wtns").toString(),
                    dir.resolve("sj-proof.json").toString(), dir.resolve("sj-public.json").toString());
            sjProve[r] = p.elapsed().toNanos() / 1e9;
            sjPeak = Math.max(sjPeak, p.peakRssBytes());
        }
        ZkmlVerifier.Verdict sjVerdict = verifier.verifyJson(Files.readString(dir.resolve("sj-proof.json")),
                Files.readString(dir.resolve("sj-public.json")));
        System.out.printf("snarkjs prove (CLI, incl. reading the zkey): %s s; its proof in our verifier: %s%n",
                Arrays.toString(sjProve), sjVerdict.outcome());

        Agreement agree = agreement(q, model, c.wasm());
        rows.add(String.format("| %s | %,d | %,d | 2^%d | %.0f (%,d MiB) | %s | %.1f (%s) | %.0f | %.1f | %.2f | %.2f (%s) | %.2f (%,d MiB) | %.2f | %d | %.1f | %s | %s |",
                spec + " " + optimization.flag(), model.parameterCount(), c.constraints(), c.domainLog(), c.compileSeconds(), c.compilePeakBytes() >> 20,
                events.ptauSeconds(), c.setupSeconds(), setupPeak.isEmpty() ? "earlier run" : setupPeak,
                Files.size(c.zkey()) / 1048576.0, load, median(witness), median(prove), provePeak, median(sjProve), sjPeak >> 20,
                median(prove) / median(sjProve), 256, verifyMs, agree.reference(), agree.floatArgmax()));
        System.out.println(rows.getLast());
    }

    /** Circuit vs Java reference (all public signals) and circuit argmax vs float argmax on test images (witnesses only). */
    private Agreement agreement(QuantizedModel q, Model model, Path wasm) throws IOException {
        if (agreementImages == 0 || !q.inputShape().equals(FashionMnist.IMAGE)) {
            return new Agreement("-", "-");
        }
        CircuitAgreement circuit = CircuitAgreement.load(q, wasm);
        int n = Math.min(agreementImages, test.size()), agreeFloat = 0, correctCircuit = 0, correctFloat = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int cls = circuit.requireAgreement(QuantizedInference.quantizeInput(q, test.image(i))).predictedClass();
            int f = FloatInference.predict(model, test.image(i));
            agreeFloat += cls == f ? 1 : 0;
            correctCircuit += cls == test.label(i) ? 1 : 0;
            correctFloat += f == test.label(i) ? 1 : 0;
        }
        System.out.printf("agreement on %d test images (%.2f s per witness): circuit = Java reference on all; circuit argmax = float "
                + "argmax on %d; accuracy circuit %d, float %d%n", n, seconds(t0) / n, agreeFloat, correctCircuit, correctFloat);
        return new Agreement(n + "/" + n, String.format("%d/%d (acc %.1f%% vs %.1f%%)", agreeFloat, n, 100.0 * correctCircuit / n,
                100.0 * correctFloat / n));
    }

    private record Agreement(String reference, String floatArgmax) {
    }

    private double[] image(QuantizedModel q, int i) {
        if (q.inputShape().equals(FashionMnist.IMAGE)) {
            return test.image(i % test.size());
        }
        SplittableRandom r = new SplittableRandom(i);
        return r.doubles(q.inputShape().size(), 0, 1).toArray();
    }

    private static double verifyMedianMs(ZkmlVerifier v, ZkmlProof p) {
        double[] t = new double[60];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            if (!v.verify(p).valid()) {
                throw new IllegalStateException("own proof rejected");
            }
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        return median(Arrays.copyOfRange(t, 10, t.length)); // after warm-up
    }

    private static Model load(String spec) throws IOException {
        if (spec.startsWith("mlp:")) {
            String[] parts = spec.substring(4).split(":");
            int[] widths = Arrays.stream(parts[0].split("-")).mapToInt(Integer::parseInt).toArray();
            return randomMlp(widths, parts.length > 1 && parts[1].equals("relu"));
        }
        if (spec.endsWith(".onnx")) {
            return OnnxImporter.read(Path.of(spec));
        }
        if (ModelZoo.find(spec).map(ModelZoo.Entry::shipped).orElse(false)) {
            return ModelZoo.shipped(spec);
        }
        return OnnxImporter.read(Path.of("data/models", spec + ".onnx"));
    }

    /** An MLP on 28x28 images with seeded random (He-scaled) weights: realistic sizes and value spread, no training. */
    private static Model randomMlp(int[] widths, boolean relu) {
        if (widths[0] != FashionMnist.IMAGE.size()) {
            throw new IllegalArgumentException("synthetic MLPs take Fashion-MNIST images: the first width must be 784");
        }
        SplittableRandom r = new SplittableRandom(42);
        List<Layer> layers = new ArrayList<>(List.of(new Flatten(FashionMnist.IMAGE)));
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1], out = widths[l];
            double scale = Math.sqrt(2.0 / in);
            double[] w = r.doubles((long) in * out).map(u -> (2 * u - 1) * scale).toArray();
            layers.add(Dense.of(in, out, w, new double[out]));
            if (l < widths.length - 1) {
                layers.add(relu ? new Relu(Shape.vector(out)) : new Square(Shape.vector(out)));
            }
        }
        return new Model(FashionMnist.IMAGE, layers);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Build events with wall-clock times: the gap between compile and setup is the powers-of-tau preparation. */
    private static final class TimedEvents implements BuildListener {
        private long compileDone, setupStarted;
        private boolean setupRan;

        @Override
        public void onEvent(BuildEvent e) {
            if (e.type() != BuildEvent.Type.OUTPUT) {
                System.out.println("  " + e);
            }
            if (e.step() == BuildStep.COMPILE && (e.type() == BuildEvent.Type.FINISHED || e.type() == BuildEvent.Type.SKIPPED)) {
                compileDone = System.nanoTime();
            }
            if (e.step() == BuildStep.SETUP && e.type() == BuildEvent.Type.STARTED) {
                setupStarted = System.nanoTime();
                setupRan = true;
            }
        }

        boolean ran(BuildStep step) {
            return step == BuildStep.SETUP && setupRan;
        }

        String ptauSeconds() {
            return setupRan ? String.format("%.0f", (setupStarted - compileDone) / 1e9) : "earlier run";
        }
    }

    /** snarkjs from the circuits folder, with a large Node heap (proving keys of 2^20+ domains). */
    private record Snarkjs(CircuitsToolchain toolchain) {
        ExternalCommand.Result run(String... args) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(toolchain.node(), "--max-old-space-size=16000", toolchain.snarkjsCli().toString()));
            cmd.addAll(List.of(args));
            ExternalCommand.Result r = ExternalCommand.run(toolchain.dir(), cmd, null, line -> { });
            if (r.exitCode() != 0) {
                throw new IllegalStateException("snarkjs " + String.join(" ", args) + " failed:\n" + r.outputTail());
            }
            return r;
        }
    }
}
