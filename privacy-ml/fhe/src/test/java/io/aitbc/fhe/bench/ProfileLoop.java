package io.aitbc.fhe.bench;

import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvEvaluator;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksEvaluator;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.SecretKey;

/** Runs one operation in a loop for a profiler (JFR). Arguments: op seconds. Not a test. */
public final class ProfileLoop {
    public static void main(String[] args) {
        String op = args[0];
        long end = System.nanoTime() + (long) (Double.parseDouble(args[1]) * 1e9);
        int count = 0;
        if (op.startsWith("bfv")) {
            BfvParameters params = BfvParameters.n8192();
            KeyGenerator kg = new KeyGenerator(params);
            SecretKey sk = kg.secretKey();
            BfvEncryptor enc = BfvEncryptor.withPublicKey(params, kg.publicKey(sk));
            BfvEvaluator ev = new BfvEvaluator(params, kg.evaluationKeys(sk, false, 1), Parallelism.SEQUENTIAL);
            Ciphertext a = enc.encrypt(new long[] {1, 2, 3});
            while (System.nanoTime() < end) {
                switch (op) {
                    case "bfv-mul" -> ev.multiplyRelin(a, a);
                    case "bfv-enc" -> enc.encrypt(new long[] {1, 2, 3});
                    case "bfv-keygen" -> kg.relinearizationKey(kg.secretKey());
                    default -> throw new IllegalArgumentException(op);
                }
                count++;
            }
        } else {
            CkksParameters params = CkksParameters.n8192Depth2();
            KeyGenerator kg = new KeyGenerator(params);
            SecretKey sk = kg.secretKey();
            CkksEncryptor enc = CkksEncryptor.withPublicKey(params, kg.publicKey(sk));
            CkksEvaluator ev = new CkksEvaluator(params, kg.evaluationKeys(sk, false, 1), Parallelism.SEQUENTIAL);
            Ciphertext a = enc.encrypt(new double[] {1, 2, 3});
            Ciphertext sq = ev.multiplyRelin(a, a);
            while (System.nanoTime() < end) {
                switch (op) {
                    case "mul" -> ev.multiplyRelin(a, a);
                    case "rot" -> ev.rotate(a, 1);
                    case "rescale" -> ev.rescale(sq);
                    case "enc" -> enc.encrypt(new double[] {1, 2, 3});
                    case "keygen" -> { SecretKey s = kg.secretKey(); kg.publicKey(s); kg.relinearizationKey(s); }
                    default -> throw new IllegalArgumentException(op);
                }
                count++;
            }
        }
        System.out.println(op + ": " + count + " iterations");
    }
}
