package io.aitbc.model.zkml;

import io.aitbc.model.commit.ArchitectureJson;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Setup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Builds a quantized model's zkML artifacts (ZKML-SPEC §4): generate the circom main, compile it with circom2,
 * run the Groth16 setup with our engine from a powers-of-tau file, and publish the immutable artifact set under the
 * model's commitment in the {@link ZkmlArtifactStore}.
 *
 * <p>Restartable: every {@link BuildStep} records in a journal what it read and wrote (SHA-256 of the files) and is
 * skipped when that still checks out, so a batch job can call {@link #run} step by step and resume after a crash;
 * outputs appear atomically. Builds of the same model serialize on a lock (threads and processes). A published set
 * is returned as is.
 */
public final class CircuitBuilder {
    /**
     * {@code --O1}: measured on fmnist-linear (docs/BENCHMARKS.md), --O2 has 30% fewer constraints but its large
     * coefficients made our Groth16 setup 7x slower (1,014 s vs 140 s), at the same proving time and a slower compile.
     */
    public static final CircomOptimization DEFAULT_OPTIMIZATION = CircomOptimization.O1;
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final CircuitsToolchain toolchain;
    private final ZkmlArtifactStore store;
    private final PowersOfTauSource ptau;
    private final CircomOptimization optimization;

    /** A builder compiling with {@link #DEFAULT_OPTIMIZATION}. */
    public CircuitBuilder(CircuitsToolchain toolchain, ZkmlArtifactStore store, PowersOfTauSource ptau) {
        this(toolchain, store, ptau, DEFAULT_OPTIMIZATION);
    }

    public CircuitBuilder(CircuitsToolchain toolchain, ZkmlArtifactStore store, PowersOfTauSource ptau, CircomOptimization optimization) {
        this.toolchain = toolchain;
        this.store = store;
        this.ptau = ptau;
        this.optimization = optimization;
    }

    public ZkmlArtifactStore store() {
        return store;
    }

    /** Every step for the inference circuit; returns the published artifacts. */
    public ZkmlArtifacts build(QuantizedModel model, BuildListener listener) {
        return build(model, EnumSet.of(CircuitKind.INFERENCE), listener);
    }

    /** Every step for the given circuits (the inference circuit is always included). */
    public ZkmlArtifacts build(QuantizedModel model, Set<CircuitKind> circuits, BuildListener listener) {
        for (BuildStep step : BuildStep.values()) {
            run(step, model, circuits, listener);
        }
        return published(model).orElseThrow(() -> new IllegalStateException("published artifacts missing after the build"));
    }

    /** The published artifact set of this model, if its build has finished. */
    public Optional<ZkmlArtifacts> published(QuantizedModel model) {
        try {
            return store.find(ZkmlCommitments.modelCommitment(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled witness calculator ({@code <circuit>.wasm}) once the COMPILE step is done, e.g. for a {@link CircuitAgreement}. */
    public Optional<Path> compiledWasm(QuantizedModel model, CircuitKind kind) {
        Path dir = store.directoryFor(ZkmlCommitments.modelCommitment(model));
        Path wasm = dir.resolve(kind.baseName() + ".wasm");
        try {
            ModelBuild b = new ModelBuild(model, null, dir, BuildListener.NONE);
            return b.journal.done(kind, BuildStep.COMPILE, b.compileFacts()).isPresent() ? Optional.of(wasm) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One step for the given circuits (a batch job's step). Skipped when already done; fails with a
     * {@link CircuitBuildException} if an earlier step has not been done, or if this one fails.
     */
    public void run(BuildStep step, QuantizedModel model, Set<CircuitKind> circuits, BuildListener listener) {
        EnumSet<CircuitKind> kinds = EnumSet.of(CircuitKind.INFERENCE);
        kinds.addAll(circuits);
        BigInteger commitment = ZkmlCommitments.modelCommitment(model);
        Path dir = store.directoryFor(commitment);
        try {
            Files.createDirectories(dir);
            ReentrantLock jvmLock = LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
            jvmLock.lockInterruptibly();
            try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                new ModelBuild(model, commitment, dir, listener).run(step, kinds);
            } finally {
                jvmLock.unlock();
            }
        } catch (IOException e) {
            throw new CircuitBuildException(step, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CircuitBuildException(step, "interrupted", e);
        }
    }

    /** One model's build in its folder, under the lock. */
    private final class ModelBuild {
        private final QuantizedModel model;
        private final BigInteger commitment;
        private final Path dir;
        private final BuildListener listener;
        private final StepJournal journal;
        private String toolchainFingerprint;

        ModelBuild(QuantizedModel model, BigInteger commitment, Path dir, BuildListener listener) {
            this.model = model;
            this.commitment = commitment;
            this.dir = dir;
            this.listener = listener;
            this.journal = new StepJournal(dir);
        }

        void run(BuildStep step, Set<CircuitKind> kinds) throws IOException, InterruptedException {
            if (Files.isRegularFile(dir.resolve(ZkmlArtifacts.MANIFEST))) {
                for (CircuitKind k : kinds) {
                    if (ZkmlArtifacts.read(dir).orElseThrow().circuits().containsKey(k)) {
                        event(k, step, BuildEvent.Type.SKIPPED, "published", Duration.ZERO);
                    } else {
                        throw new CircuitBuildException(step, "the artifact set of " + commitment.toString(16)
                                + " is published without the " + k.baseName() + " circuit and is immutable");
                    }
                }
                return;
            }
            if (step == BuildStep.PUBLISH) {
                publish(kinds);
                return;
            }
            for (CircuitKind k : kinds) {
                switch (step) {
                    case GENERATE -> generate(k);
                    case COMPILE -> compile(k);
                    case SETUP -> setup(k);
                    case PUBLISH -> throw new AssertionError();
                }
            }
        }

        private void generate(CircuitKind k) throws IOException {
            byte[] source = k.mainSource(model).getBytes(StandardCharsets.UTF_8);
            Map<String, String> facts = Map.of("source", Sha256.of(source));
            if (skip(k, BuildStep.GENERATE, facts)) {
                return;
            }
            long t0 = start(k, BuildStep.GENERATE);
            AtomicFiles.write(dir.resolve(k.baseName() + ".circom"), source);
            finish(k, BuildStep.GENERATE, facts, List.of(), List.of(k.baseName() + ".circom"), t0, Map.of());
        }

        private void compile(CircuitKind k) throws IOException, InterruptedException {
            Map<String, String> facts = compileFacts();
            if (skip(k, BuildStep.COMPILE, facts)) {
                return;
            }
            requireDone(k, BuildStep.GENERATE, generateFacts(k), BuildStep.COMPILE);
            long t0 = start(k, BuildStep.COMPILE);
            Path work = Files.createTempDirectory(dir, ".compile-");
            try {
                CircomCompiler.Compiled c = new CircomCompiler(toolchain, optimization).compile(dir.resolve(k.baseName() + ".circom"), work,
                        line -> event(k, BuildStep.COMPILE, BuildEvent.Type.OUTPUT, line, elapsed(t0)));
                R1cs r1cs = R1cs.read(c.r1cs());
                AtomicFiles.move(c.wasm(), dir.resolve(k.baseName() + ".wasm"));
                AtomicFiles.move(c.r1cs(), dir.resolve(k.baseName() + ".r1cs"));
                finish(k, BuildStep.COMPILE, facts, List.of(k.baseName() + ".circom"), List.of(k.baseName() + ".r1cs", k.baseName() + ".wasm"),
                        t0, Map.of("peakBytes", (double) c.peakRssBytes(), "constraints", (double) r1cs.nConstraints(),
                                "wires", (double) r1cs.nWires(), "publicSignals", (double) r1cs.nPublic()));
            } finally {
                CircomCompiler.deleteTree(work);
            }
        }

        private void setup(CircuitKind k) throws IOException {
            int log = domainLog(k, BuildStep.SETUP);
            PowersOfTauSource.Selected p = ptau.select(log);
            Map<String, String> facts = setupFacts(p);
            if (skip(k, BuildStep.SETUP, facts)) {
                return;
            }
            long t0 = start(k, BuildStep.SETUP);
            event(k, BuildStep.SETUP, BuildEvent.Type.OUTPUT, "domain 2^" + log + " from " + p.file()
                    + (p.unsafe() ? " (DEVELOPMENT powers of tau: keys are forgeable)" : ""), elapsed(t0));
            Path zkeyFile = dir.resolve(k.baseName() + ".zkey"), vkeyFile = dir.resolve(k.baseName() + ".vkey.json");
            ZKey zk = Groth16Setup.setup(R1cs.read(dir.resolve(k.baseName() + ".r1cs")), PowersOfTau.open(p.file()));
            Path tmp = AtomicFiles.temporarySibling(zkeyFile);
            try {
                zk.write(tmp);
                AtomicFiles.move(tmp, zkeyFile);
            } finally {
                Files.deleteIfExists(tmp);
            }
            AtomicFiles.write(vkeyFile, SnarkjsJson.toJson(zk.verificationKey()).getBytes(StandardCharsets.UTF_8));
            finish(k, BuildStep.SETUP, facts, List.of(k.baseName() + ".r1cs"), List.of(k.baseName() + ".zkey", k.baseName() + ".vkey.json"),
                    t0, Map.of("domainLog", (double) zk.domainLog(), "ptauPower", (double) p.power()));
        }

        private void publish(Set<CircuitKind> kinds) throws IOException {
            long t0 = start(CircuitKind.INFERENCE, BuildStep.PUBLISH);
            Map<CircuitKind, CircuitArtifacts> circuits = new EnumMap<>(CircuitKind.class);
            for (CircuitKind k : kinds) {
                StepJournal.Entry compiled = requireDone(k, BuildStep.COMPILE, compileFacts(), BuildStep.PUBLISH);
                // the key stays valid with the powers of tau it was made from, whatever the source would pick today
                StepJournal.Entry setUp = journal.doneAsRecorded(k, BuildStep.SETUP).orElseThrow(() -> new CircuitBuildException(
                        BuildStep.PUBLISH, "step SETUP of the " + k.baseName() + " circuit has not been done: run it first"));
                String b = k.baseName();
                circuits.put(k, new CircuitArtifacts(k, dir.resolve(b + ".circom"), dir.resolve(b + ".r1cs"), dir.resolve(b + ".wasm"),
                        dir.resolve(b + ".zkey"), dir.resolve(b + ".vkey.json"), (int) compiled.measurement("constraints"),
                        (int) compiled.measurement("wires"), (int) compiled.measurement("publicSignals"),
                        (int) setUp.measurement("domainLog"), setUp.facts().get("ptau"), (int) setUp.measurement("ptauPower"),
                        Boolean.parseBoolean(setUp.facts().get("ptauUnsafe")), compiled.measurement("seconds"),
                        (long) compiled.measurement("peakBytes"), setUp.measurement("seconds")));
            }
            compileFacts();
            new ZkmlArtifacts(dir, commitment, ArchitectureJson.archHash(model), model.classes(), toolchainFingerprint,
                    optimization, circuits).write();
            event(CircuitKind.INFERENCE, BuildStep.PUBLISH, BuildEvent.Type.FINISHED, dir.toString(), elapsed(t0));
        }

        /** The Groth16 domain of the compiled circuit (from the compile step's journal). */
        private int domainLog(CircuitKind k, BuildStep running) throws IOException {
            StepJournal.Entry compiled = requireDone(k, BuildStep.COMPILE, compileFacts(), running);
            return CircuitBuilder.domainLog((int) compiled.measurement("constraints"), (int) compiled.measurement("publicSignals"));
        }

        private static Map<String, String> setupFacts(PowersOfTauSource.Selected p) {
            return Map.of("ptau", p.file().getFileName().toString(), "ptauPower", Integer.toString(p.power()),
                    "ptauUnsafe", Boolean.toString(p.unsafe()));
        }

        private Map<String, String> generateFacts(CircuitKind k) {
            return Map.of("source", Sha256.of(k.mainSource(model).getBytes(StandardCharsets.UTF_8)));
        }

        private Map<String, String> compileFacts() {
            if (toolchainFingerprint == null) {
                toolchainFingerprint = toolchain.fingerprint();
            }
            return Map.of("toolchain", toolchainFingerprint, "optimization", optimization.flag());
        }

        /** The journal entry of an earlier step that {@code running} needs; fails if that step is not (or no longer) done. */
        private StepJournal.Entry requireDone(CircuitKind k, BuildStep step, Map<String, String> facts, BuildStep running)
                throws IOException {
            return journal.done(k, step, facts).orElseThrow(() -> new CircuitBuildException(running,
                    "step " + step + " of the " + k.baseName() + " circuit has not been done (or its outputs changed): run it first"));
        }

        private boolean skip(CircuitKind k, BuildStep step, Map<String, String> facts) throws IOException {
            if (journal.done(k, step, facts).isPresent()) {
                event(k, step, BuildEvent.Type.SKIPPED, "outputs check out", Duration.ZERO);
                return true;
            }
            return false;
        }

        private long start(CircuitKind k, BuildStep step) {
            event(k, step, BuildEvent.Type.STARTED, "", Duration.ZERO);
            return System.nanoTime();
        }

        private void finish(CircuitKind k, BuildStep step, Map<String, String> facts, List<String> inputs, List<String> outputs,
                            long t0, Map<String, Double> measurements) throws IOException {
            Map<String, Double> m = new java.util.HashMap<>(measurements);
            m.put("seconds", elapsed(t0).toNanos() / 1e9);
            journal.record(k, step, facts, inputs, outputs, m);
            event(k, step, BuildEvent.Type.FINISHED, "", elapsed(t0));
        }

        private void event(CircuitKind k, BuildStep step, BuildEvent.Type type, String message, Duration elapsed) {
            listener.onEvent(new BuildEvent(k, step, type, message, elapsed));
        }
    }

    /** log2 of the smallest power-of-two domain holding the constraints plus snarkjs's rows for the public inputs. */
    static int domainLog(int constraints, int publicSignals) {
        long rows = (long) constraints + publicSignals + 1;
        return 64 - Long.numberOfLeadingZeros(rows - 1);
    }

    private static Duration elapsed(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
