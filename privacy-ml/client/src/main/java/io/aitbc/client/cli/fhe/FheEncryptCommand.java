package io.aitbc.client.cli.fhe;

import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.fhe.serialization.ObjectType;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aitbc fhe encrypt}: a JSON vector into a ciphertext file. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt a JSON array of numbers (CKKS) or integers (BFV). With the secret key the ciphertext is"
                + " seed-compressed (about half the size).")
final class FheEncryptCommand extends FheSubcommand {

    @Option(names = "--params", required = true, description = "params.fhe of the key set.")
    Path paramsFile;

    @Option(names = "--key", required = true, description = "public.key or secret.key.")
    Path keyFile;

    @Option(names = "--in", required = true, description = "JSON array input.")
    Path in;

    @Option(names = "--out", required = true, description = "Ciphertext output file.")
    Path out;

    @Override
    int execute() {
        SchemeParameters params = FheFiles.readParameters(paramsFile);
        byte[] key = FheFiles.read(keyFile);
        boolean secret = FheSerializer.typeOf(key) == ObjectType.SECRET_KEY;
        Ciphertext ct;
        if (params instanceof CkksParameters ckks) {
            CkksEncryptor enc = secret
                    ? CkksEncryptor.withSecretKey(ckks, FheSerializer.readSecretKey(key, params))
                    : CkksEncryptor.withPublicKey(ckks, FheSerializer.readPublicKey(key, params));
            ct = enc.encrypt(FheFiles.readNumbers(in));
        } else {
            BfvParameters bfv = (BfvParameters) params;
            BfvEncryptor enc = secret
                    ? BfvEncryptor.withSecretKey(bfv, FheSerializer.readSecretKey(key, params))
                    : BfvEncryptor.withPublicKey(bfv, FheSerializer.readPublicKey(key, params));
            ct = enc.encrypt(FheFiles.readIntegers(in));
        }
        byte[] bytes = FheSerializer.write(ct);
        FheFiles.write(out, bytes);
        System.out.printf("%s, %d bytes%s -> %s%n", ct, bytes.length, secret ? " (seed-compressed)" : "", out);
        return 0;
    }
}
