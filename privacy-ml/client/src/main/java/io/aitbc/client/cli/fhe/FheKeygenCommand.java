package io.aitbc.client.cli.fhe;

import io.aitbc.fhe.bfv.BfvParameters;
import io.aitbc.fhe.ckks.CkksParameters;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.KeyGenerator;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.serialization.FheSerializer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aitbc fhe keygen}: parameters, secret key, public key and evaluation keys into a directory. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Generate a key set: params.fhe, secret.key (keep it!), public.key, evaluation.keys.")
final class FheKeygenCommand extends FheSubcommand {

    @Option(names = "--params", required = true,
            description = "Preset: ckks-8192, ckks-16384, ckks-16384-d9 or bfv-8192.")
    String preset;

    @Option(names = "--rotations", split = ",", description = "Rotation steps to make Galois keys for, e.g. 1,2,4,-1.")
    List<Integer> rotations = List.of();

    @Option(names = "--conjugation", description = "Also make the conjugation (CKKS) / row-swap (BFV) key.")
    boolean conjugation;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Override
    int execute() {
        SchemeParameters params = preset.startsWith("bfv") ? BfvParameters.preset(preset) : CkksParameters.preset(preset);
        KeyGenerator kg = new KeyGenerator(params, new SecureRandom());
        SecretKey sk = kg.secretKey();
        EvaluationKeys ek = kg.evaluationKeys(sk, conjugation, rotations.stream().mapToInt(Integer::intValue).toArray());
        byte[] paramsBytes = FheSerializer.write(params);
        byte[] pk = FheSerializer.write(kg.publicKey(sk));
        byte[] evk = FheSerializer.write(ek);
        FheFiles.write(out.resolve(FheFiles.PARAMS), paramsBytes);
        FheFiles.write(out.resolve(FheFiles.SECRET_KEY), FheSerializer.write(sk));
        FheFiles.write(out.resolve(FheFiles.PUBLIC_KEY), pk);
        FheFiles.write(out.resolve(FheFiles.EVALUATION_KEYS), evk);
        System.out.printf("%s%nparameters id %s, key id %s%npublic key %d bytes, evaluation keys %d bytes (%d Galois keys) in %s%n",
                params.name(), params.id(), sk.keyId(), pk.length, evk.length, ek.galoisKeys().size(), out);
        return 0;
    }
}
