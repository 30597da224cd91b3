package io.aitbc.client.cli.zk;

import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.Groth16Setup;
import io.aitbc.zk.groth16.Groth16Verifier;
import io.aitbc.zk.groth16.ProofResult;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aitbc groth16 setup|prove|verify}, mirroring snarkjs. */
@Command(name = "groth16", mixinStandardHelpOptions = true, description = "Groth16 setup, prove and verify (snarkjs-compatible files).",
        subcommands = {Groth16Command.Setup.class, Groth16Command.Prove.class, Groth16Command.Verify.class})
public final class Groth16Command {

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Phase-2 setup from a circuit and a prepared powers of tau, with one random contribution.")
    static final class Setup implements Callable<Integer> {
        @Parameters(index = "0", description = "circuit.r1cs") Path r1cs;
        @Parameters(index = "1", description = "powers of tau (.ptau, prepared for phase 2)") Path ptau;
        @Parameters(index = "2", description = "output proving key (.zkey)") Path zkey;
        @Option(names = "--no-contribution", description = "write the initial key (delta = 1) like 'snarkjs groth16 setup';"
                + " NOT usable for proofs until someone contributes (e.g. 'snarkjs zkey contribute')")
        boolean noContribution;

        @Override
        public Integer call() throws Exception {
            return ZkCli.run(() -> {
                ZKey initial = Groth16Setup.newKey(R1cs.read(r1cs), PowersOfTau.open(ptau));
                if (noContribution) {
                    System.err.println("warning: no contribution: anyone can forge proofs with this key until a phase-2 contribution is made");
                    initial.write(zkey);
                } else {
                    Groth16Setup.contribute(initial, new SecureRandom()).write(zkey);
                }
            });
        }
    }

    @Command(name = "prove", mixinStandardHelpOptions = true, description = "Prove from a zkey and a witness.")
    static final class Prove implements Callable<Integer> {
        @Parameters(index = "0", description = "circuit_final.zkey") Path zkey;
        @Parameters(index = "1", description = "witness.wtns") Path wtns;
        @Parameters(index = "2", description = "output proof.json") Path proof;
        @Parameters(index = "3", description = "output public.json") Path pub;

        @Override
        public Integer call() throws Exception {
            return ZkCli.run(() -> {
                ProofResult r = Groth16Prover.prove(ZKey.read(zkey), WitnessFile.read(wtns));
                SnarkjsJson.write(proof, r.proof());
                SnarkjsJson.write(pub, r.publicSignals());
            });
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Verify a proof; prints OK and exits 0 when valid.")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", description = "verification_key.json") Path vkey;
        @Parameters(index = "1", description = "public.json") Path pub;
        @Parameters(index = "2", description = "proof.json") Path proof;

        @Override
        public Integer call() {
            try {
                boolean ok = Groth16Verifier.verify(SnarkjsJson.readVerificationKey(vkey), SnarkjsJson.readPublicSignals(pub),
                        SnarkjsJson.readProof(proof));
                System.out.println(ok ? "OK" : "INVALID proof");
                return ok ? 0 : 1;
            } catch (Exception e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}
