package io.aitbc.zk.bench;

import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.Groth16Verifier;
import io.aitbc.zk.groth16.ProofResult;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark helper for bin/bench-zk (not a test): times prove and verify inside one JVM, after a
 * warm-up, so that JVM start-up is not counted. Usage: {@code InProcessTimings <zkey> <wtns> <proveRuns>}.
 */
public final class InProcessTimings {

    private InProcessTimings() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        ZKey zk = ZKey.read(Path.of(args[0]));
        WitnessFile w = WitnessFile.read(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        System.out.printf("load zkey+wtns: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        ProofResult r = Groth16Prover.prove(zk, w); // warm-up
        double[] prove = new double[runs], cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime(), c = processCpuNanos();
            r = Groth16Prover.prove(zk, w);
            prove[i] = (System.nanoTime() - s) / 1e9;
            cpu[i] = (processCpuNanos() - c) / 1e9;
        }
        System.out.printf("prove (in-process, warm, median of %d): %.3f s (cpu %.2f s)%n", runs, median(prove), median(cpu));
        VerificationKey vk = zk.verificationKey();
        Groth16Verifier verifier = new Groth16Verifier(vk);
        for (int i = 0; i < 50; i++) {
            verifier.verify(r.publicSignals(), r.proof());
        }
        double[] verify = new double[200], verifyCpu = new double[200];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < verify.length; i++) {
            long s = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
            if (!verifier.verify(r.publicSignals(), r.proof())) {
                throw new IllegalStateException("proof did not verify");
            }
            verify[i] = (System.nanoTime() - s) / 1e6;
            verifyCpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        // verification runs on the calling thread only: its CPU time is the time on an idle core
        System.out.printf("verify (in-process, prepared key, median of 200): %.3f ms (thread cpu %.3f ms)%n", median(verify),
                median(verifyCpu));
        double[] cold = new double[50];
        for (int i = 0; i < cold.length; i++) {
            long s = System.nanoTime();
            Groth16Verifier.verify(SnarkjsJson.parseVerificationKey(SnarkjsJson.toJson(vk)), r.publicSignals(), r.proof());
            cold[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf("verify incl. vkey JSON parse+checks (median of 50): %.3f ms%n", median(cold));
    }

    /** CPU time of the whole process (all threads, incl. JIT and GC). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
