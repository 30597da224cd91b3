package io.aitbc.client.cli.fhe;

import io.aitbc.fhe.bfv.BfvEncryptor;
import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksEncryptor;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.serialization.FheSerializer;
import io.aitbc.fhe.serialization.ObjectType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aitbc fhe encrypt}: a JSON vector into a ciphertext file. */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt a JSON array of numbers (CKKS) or integers (BFV). With the secret key the ciphertext is"
                + " seed-compressed (about half the size).")
final class FheEncryptCommand extends FheSubcommand {

    @Mixin
    FheIoOptions io;

    @Override
    int execute() {
        SchemeParameters params = FheFiles.readParameters(io.paramsFile);
        byte[] key = FheFiles.read(io.keyFile);
        boolean secret = FheSerializer.typeOf(key) == ObjectType.SECRET_KEY;
        Ciphertext ct;
        if (params instanceof CkksParameters ckks) {
            CkksEncryptor enc = secret
                    ? CkksEncryptor.withSecretKey(ckks, FheSerializer.readSecretKey(key, params))
                    : CkksEncryptor.withPublicKey(ckks, FheSerializer.readPublicKey(key, params));
            ct = enc.encrypt(FheFiles.readNumbers(io.in));
        } else {
            BfvParameters bfv = (BfvParameters) params;
            BfvEncryptor enc = secret
                    ? BfvEncryptor.withSecretKey(bfv, FheSerializer.readSecretKey(key, params))
                    : BfvEncryptor.withPublicKey(bfv, FheSerializer.readPublicKey(key, params));
            ct = enc.encrypt(FheFiles.readIntegers(io.in));
        }
        byte[] bytes = FheSerializer.write(ct);
        FheFiles.write(io.out, bytes);
        System.out.printf("%s, %d bytes%s -> %s%n", ct, bytes.length, secret ? " (seed-compressed)" : "", io.out);
        return 0;
    }
}
