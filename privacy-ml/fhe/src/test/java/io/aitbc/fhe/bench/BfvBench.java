package io.aitbc.fhe.bench;

import io.aitbc.fhe.bfv.BfvDecryptor;
import io.aitbc.fhe.bfv.BfvEncoder;
import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvEvaluator;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.bfv.BfvPlaintext;
import io.aitbc.fhe.ring.Parallelism;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.Decryptor;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.Plaintext;
import io.aitbc.fhe.rlwe.SecretKey;
import java.util.SplittableRandom;

/** BFV part of the benchmark: the same operations as the BFV part of bench/seal-bench.mjs. */
final class BfvBench {

    private static final int WARMUP = 20;
    private static final int BATCHES = 9;

    private BfvBench() {}

    static void run(String set, int threads, Parallelism p) {
        BfvParameters params = BfvParameters.n8192();
        KeyGenerator kg = new KeyGenerator(params);
        FheBenchmark.print(set, "keygen", threads, Timer.measure(3, 5, () -> {
            SecretKey s = kg.secretKey();
            kg.publicKey(s);
            return kg.relinearizationKey(s);
        }));
        SecretKey sk = kg.secretKey();
        BfvEncryptor encryptor = BfvEncryptor.withPublicKey(params, kg.publicKey(sk));
        BfvEvaluator eval = new BfvEvaluator(params, kg.evaluationKeys(sk, false, 1), p);
        BfvEncoder encoder = new BfvEncoder(params);
        SplittableRandom r = new SplittableRandom(2);
        long[] v = new long[params.slots()];
        for (int i = 0; i < v.length; i++) v[i] = r.nextLong(params.plaintextModulus());
        BfvPlaintext pt = encoder.encode(v);
        Plaintext prepared = eval.prepareMultiplicand(pt);
        Ciphertext a = encryptor.encrypt(pt), b = encryptor.encrypt(pt);
        FheBenchmark.print(set, "encrypt", threads, Timer.measure(WARMUP, BATCHES, () -> encryptor.encrypt(pt)));
        Ciphertext acc = eval.add(a, b);
        FheBenchmark.print(set, "add", threads, Timer.measure(WARMUP, BATCHES, () -> { eval.addInPlace(acc, b); return acc; }));
        FheBenchmark.print(set, "mul_relin", threads, Timer.measure(WARMUP, BATCHES, () -> eval.multiplyRelin(a, b)));
        FheBenchmark.print(set, "mul_plain", threads, Timer.measure(WARMUP, BATCHES, () -> eval.multiplyPlain(a, prepared)));
        FheBenchmark.print(set, "rotate", threads, Timer.measure(WARMUP, BATCHES, () -> eval.rotateRows(a, 1)));
        BfvDecryptor decryptor = new BfvDecryptor(params, sk);
        FheBenchmark.print(set, "decrypt", threads, Timer.measure(WARMUP, BATCHES, () -> decryptor.decryptToPlaintext(a)));
        FheBenchmark.print(set, "decode", threads, Timer.measure(WARMUP, BATCHES, () -> decryptor.decrypt(a)));
    }
}
