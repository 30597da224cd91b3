package io.aitbc.model.hybrid;

import com.sun.management.OperatingSystemMXBean;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.model.data.Dataset;
import io.aitbc.model.data.FashionMnist;
import io.aitbc.model.quant.QuantizedInference;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;
import io.aitbc.model.zkml.CircuitsToolchain;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.VerificationKey;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * bin/bench-hybrid (a benchmark, not a test): the hybrid protocol at production size (N = 8192) on the zoo's
 * Fashion-MNIST linear model: builds the three circuits (circom2 + Groth16 setup from a powers-of-tau file of
 * at least 2^19), then times key proof, input proof and evaluation proof (witness and Groth16 separately),
 * verification, and checks every decrypted logit against the quantized reference. Prints Markdown rows for
 * docs/BENCHMARKS.md. Arguments: PTAU STORE [IMAGES].
 */
public final class HybridBenchmark {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HybridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HybridBenchmark PTAU STORE [IMAGES]");
            System.exit(2);
        }
        Path ptau = Path.of(args[0]);
        HybridCircuits circuits = new HybridCircuits(CircuitsToolchain.locate(), Path.of(args[1]), ptau);
        int images = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        SecureRandom random = new SecureRandom();
        HybridParameters params = HybridParameters.standard();
        QuantizedModel q = Quantizer.quantize(ModelZoo.shipped("fmnist-linear"), ModelZoo.QUANTIZATION);
        HybridModel model = HybridModel.of(q, InputRange.unitInterval(q.params().fA()), params);
        ModelSpec spec = model.spec();
        System.out.printf("machine: %d cores, load %s; %s; model fmnist-linear (%d x %d)%n", Runtime.getRuntime().availableProcessors(),
                loadAverage(), params, spec.outputs(), spec.inputs());

        EvalRelation evalShape = new EvalRelation(params, spec);
        System.out.printf("quotient bits: key %d, input %d, evaluation %d (kappa %d); flooding 2^%d; log2 Q = %.2f, log2 t = %.2f%n",
                new KeyRelation(params).quotientBits(), new InputRelation(params, spec.inputs(), spec.inputRange()).quotientBits(),
                evalShape.quotientBits(), evalShape.kappaBits(), evalShape.floodExponent(), log2(params.q()), log2(params.t()));
        // Each relation is measured as soon as it is built: a first run spends most of its time in the setups.
        HybridClient client = HybridClient.generate(params, random);
        Built key = build(circuits, "key", KeyProver.circuitFor(params));
        KeyProver keyProver = new KeyProver(params, key.prover);
        HybridProof keyProof = timed("key: prove (total)", () -> keyProver.prove(client.secretKey(), client.publicKey(), random));
        split("key", key.prover);
        KeyVerifier keyVerifier = new KeyVerifier(params, key.vk);
        medianTime("key: verify", 5, () -> {
            if (!keyVerifier.verify(client.publicKey(), keyProof)) throw new IllegalStateException("the key proof does not verify");
        });
        System.out.printf("sizes: public key %,d B, key proof %,d B; peak RSS so far %,d MiB%n", FheSerializer.write(client.publicKey()).length,
                HybridCodec.write(keyProof).length, peakRssMiB());

        // The evaluation is measured before the input circuit is built (its setup is the longest): its inputs are
        // honest encryptions whose input proof is a placeholder, which neither the evaluation nor its verification reads.
        Dataset test = FashionMnist.installed().test(images);
        long[][] inputs = new long[images][];
        for (int i = 0; i < images; i++) inputs[i] = QuantizedInference.quantizeInput(q, test.image(i));
        Built eval = build(circuits, "eval", EvaluationProver.circuitFor(params, spec));
        EvaluationProver evalProver = new EvaluationProver(params, model, eval.prover);
        EvaluationVerifier evalVerifier = new EvaluationVerifier(params, spec, eval.vk);
        int agree = 0;
        for (int i = 0; i < images; i++) {
            EncryptedInput s = new EncryptedInput(InputProver.encryptUnproven(params, spec.inputs(), spec.inputRange(), inputs[i],
                    client.publicKey(), random), keyProof);
            EncryptedResult result = timed("eval: evaluate + flood + prove (total)", () -> evalProver.evaluate(client.publicKey(), s, random));
            split("eval", eval.prover);
            medianTime("eval: verify (client)", 5, () -> evalVerifier.requireValid(client.publicKey(), s, result));
            HybridClient.Outcome out = client.open(s, result, spec, eval.vk, true);
            boolean same = Arrays.equals(out.logits(), QuantizedInference.logits(q, inputs[i]));
            agree += same ? 1 : 0;
            System.out.printf("image %d: class %d (label %d), logits equal to the quantized reference: %s; sizes: result %,d B; peak RSS so far %,d MiB%n",
                    i, out.predictedClass(), test.label(i), same, HybridCodec.write(result, params).length, peakRssMiB());
        }
        System.out.printf("decrypted logits equal to the quantized reference on %d / %d images%n", agree, images);

        Built input = build(circuits, "input", InputProver.circuitFor(params, spec.inputs(), spec.inputRange()));
        InputVerifier inputVerifier = new InputVerifier(params, spec.inputs(), spec.inputRange(), input.vk);
        HybridServer server = new HybridServer(params, model, key.vk, input.vk, eval.prover, random);
        for (int i = 0; i < images; i++) {
            long[] x = inputs[i];
            EncryptedInput sent = timed("input: encrypt + prove (total)", () -> client.encrypt(x, spec, input.prover));
            split("input", input.prover);
            medianTime("input: verify", 5, () -> inputVerifier.requireValid(client.publicKey(), sent));
            System.out.printf("sizes: input (ciphertext + proof) %,d B; peak RSS so far %,d MiB%n", HybridCodec.write(sent).length, peakRssMiB());
            EncryptedResult result = timed("server: verify input + evaluate + flood + prove", () -> server.infer(client.publicKey(), sent));
            boolean same = Arrays.equals(client.open(sent, result, spec, eval.vk, true).logits(), QuantizedInference.logits(q, x));
            System.out.printf("image %d through the full protocol (proven input): logits equal to the quantized reference: %s%n", i, same);
        }
        System.out.printf("peak RSS %,d MiB%n", peakRssMiB());
    }

    private static void split(String name, ProvingCircuit circuit) {
        ProvingCircuit.Timings t = circuit.lastTimings();
        System.out.printf(Locale.ROOT, "%-58s wall %8.2f s%n%-58s wall %8.2f s%n", "  of which " + name + " witness (circom wasm in the JVM)",
                t.witnessNanos() / 1e9, "  of which " + name + " Groth16 prover", t.groth16Nanos() / 1e9);
    }

    private record Built(ProvingCircuit prover, VerificationKey vk) {
    }

    private static Built build(HybridCircuits circuits, String name, CircuitMain main) throws IOException {
        CircuitArtifacts a = timed(name + ": compile + setup (cached after the first run)", () -> {
            try {
                return circuits.artifacts(main);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        R1cs r1cs = R1cs.read(a.r1cs());
        System.out.printf("%s: %,d constraints, %,d public signals, %,d wires; zkey %,d MiB, verification key %,d KiB%n", name,
                r1cs.nConstraints(), r1cs.nPublic(), r1cs.nWires(), Files.size(a.zkey()) >> 20, Files.size(a.verificationKeyFile()) >> 10);
        ProvingCircuit prover = timed(name + ": load proving key + witness calculator", () -> {
            try {
                return ProvingCircuit.load(a);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Built(prover, a.verificationKey());
    }

    private static <T> T timed(String what, Supplier<T> step) {
        long wall = System.nanoTime(), cpu = OS.getProcessCpuTime();
        T value = step.get();
        System.out.printf(Locale.ROOT, "%-58s wall %8.2f s  cpu %8.2f s  load %s%n", what, (System.nanoTime() - wall) / 1e9,
                (OS.getProcessCpuTime() - cpu) / 1e9, loadAverage());
        return value;
    }

    private static void medianTime(String what, int runs, Runnable step) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-58s median of %d: %8.1f ms%n", what, runs, ms[runs / 2]);
    }

    private static double log2(java.math.BigInteger x) {
        int shift = Math.max(0, x.bitLength() - 60);
        return Math.log(x.shiftRight(shift).doubleValue()) / Math.log(2) + shift;
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", OS.getSystemLoadAverage());
    }

    private static long peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
        }
        return -1;
    }

}
