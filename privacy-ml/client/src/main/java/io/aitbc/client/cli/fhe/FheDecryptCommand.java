package io.aitbc.client.cli.fhe;

import io.aitbc.fhe.bfv.BfvDecryptor;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksDecryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.serialization.FheSerializer;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc fhe decrypt}: a ciphertext file into a JSON vector. */
@Command(name = "decrypt", mixinStandardHelpOptions = true, description = "Decrypt a ciphertext into a JSON array.")
final class FheDecryptCommand extends FheSubcommand {

    @Mixin
    FheIoOptions io;

    @Option(names = "--count", description = "Number of slots to write (default: all).")
    Integer count;

    @Override
    int execute() {
        SchemeParameters params = FheFiles.readParameters(io.paramsFile);
        SecretKey sk = FheSerializer.readSecretKey(FheFiles.read(io.keyFile), params);
        Ciphertext ct = FheSerializer.readCiphertext(FheFiles.read(io.in), params);
        Object values;
        int slots;
        if (params instanceof CkksParameters ckks) {
            double[] v = new CkksDecryptor(ckks, sk).decrypt(ct);
            slots = v.length;
            values = Arrays.copyOf(v, limit(v.length));
        } else {
            long[] v = new BfvDecryptor((BfvParameters) params, sk).decryptSigned(ct);
            slots = v.length;
            values = Arrays.copyOf(v, limit(v.length));
        }
        FheFiles.writeJson(io.out, values);
        System.out.printf("%d of %d slots -> %s%n", limit(slots), slots, io.out);
        return 0;
    }

    private int limit(int slots) {
        if (count == null) return slots;
        if (count < 0 || count > slots) throw new IllegalArgumentException("--count must be in 0.." + slots);
        return count;
    }
}
