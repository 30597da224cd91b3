package io.aitbc.zk.groth16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.formats.BinFile;
import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.formats.Proof;
import io.aitbc.zk.formats.PublicSignals;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZKey;
import io.aitbc.zk.poseidon.Poseidon;
import io.aitbc.zk.testutil.CircuitFixture;
import io.aitbc.zk.testutil.NodeToolchain;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our Groth16 (setup, prove, verify, vkey export) against snarkjs 0.7.6, both directions. */
class Groth16CrossCheckTest {

    static CircuitFixture fx;
    static Path ourZkey, theirZkey, wtns;

    @BeforeAll
    static void setUp() throws Exception {
        fx = CircuitFixture.get();
        wtns = fx.file("witness.wtns");
        NodeToolchain.snarkjs("wtns", "calculate", fx.wasm.toString(), fx.input.toString(), wtns.toString());
        ourZkey = fx.file("ours.zkey");
        Groth16Setup.setup(R1cs.read(fx.r1cs), PowersOfTau.open(fx.ptau)).write(ourZkey);
        theirZkey = fx.file("snarkjs.zkey");
        NodeToolchain.snarkjs("groth16", "setup", fx.r1cs.toString(), fx.ptau.toString(), theirZkey.toString());
    }

    private static Path write(String name, String content) throws Exception {
        Path p = fx.file(name);
        Files.writeString(p, content);
        return p;
    }

    private static boolean snarkjsVerifies(Path vkey, Path pub, Path proof) {
        return NodeToolchain.snarkjsExitCode("groth16", "verify", vkey.toString(), pub.toString(), proof.toString()) == 0;
    }

    @Test
    void publicSignalsAreThePoseidonCommitmentAndProduct() throws Exception {
        ProofResult r = Groth16Prover.prove(ZKey.read(ourZkey), WitnessFile.read(wtns));
        List<BigInteger> pub = r.publicSignals().asBigIntegers();
        assertEquals(List.of(Poseidon.hash(BigInteger.valueOf(3), BigInteger.valueOf(11), BigInteger.valueOf(7)),
                BigInteger.valueOf(3 * 11 * 7), BigInteger.valueOf(7)), pub);
    }

    @Test
    void ourProofVerifiesWithSnarkjsAndOurs() throws Exception {
        ZKey zk = ZKey.read(ourZkey);
        ProofResult r = Groth16Prover.prove(zk, WitnessFile.read(wtns));
        Path vkey = write("ours_vkey.json", SnarkjsJson.toJson(zk.verificationKey()));
        Path proof = write("ours_proof.json", SnarkjsJson.toJson(r.proof()));
        Path pub = write("ours_public.json", SnarkjsJson.toJson(r.publicSignals()));
        assertTrue(Groth16Verifier.verify(zk.verificationKey(), r.publicSignals(), r.proof()));
        assertTrue(snarkjsVerifies(vkey, pub, proof));
        // tampered public signal: rejected by both
        List<Fr> bad = new ArrayList<>(r.publicSignals().values());
        bad.set(1, bad.get(1).add(Fr.ONE));
        PublicSignals badPub = new PublicSignals(bad);
        assertFalse(Groth16Verifier.verify(zk.verificationKey(), badPub, r.proof()));
        assertFalse(snarkjsVerifies(vkey, write("bad_public.json", SnarkjsJson.toJson(badPub)), proof));
        // tampered proof: rejected by both
        Proof badProof = new Proof(r.proof().a().add(G1Point.GENERATOR), r.proof().b(), r.proof().c());
        assertFalse(Groth16Verifier.verify(zk.verificationKey(), r.publicSignals(), badProof));
        assertFalse(snarkjsVerifies(vkey, pub, write("bad_proof.json", SnarkjsJson.toJson(badProof))));
        // tampered key (another circuit's delta): rejected
        VerificationKey vk = zk.verificationKey();
        VerificationKey badVk = new VerificationKey(vk.nPublic(), vk.alpha1(), vk.beta2(), vk.gamma2(), vk.beta2(), vk.ic());
        assertFalse(Groth16Verifier.verify(badVk, r.publicSignals(), r.proof()));
        assertFalse(Groth16Verifier.verify(vk, new PublicSignals(bad.subList(0, 2)), r.proof()));
    }

    @Test
    void snarkjsProofWithOurZkeyVerifiesWithOurs() throws Exception {
        Path proof = fx.file("sj_proof.json"), pub = fx.file("sj_public.json");
        NodeToolchain.snarkjs("groth16", "prove", ourZkey.toString(), wtns.toString(), proof.toString(), pub.toString());
        VerificationKey vk = ZKey.read(ourZkey).verificationKey();
        assertTrue(Groth16Verifier.verify(vk, SnarkjsJson.readPublicSignals(pub), SnarkjsJson.readProof(proof)));
    }

    @Test
    void ourProverWorksWithSnarkjsZkeyAndVkeyExportMatches() throws Exception {
        Path theirVkey = fx.file("sj_vkey.json");
        NodeToolchain.snarkjs("zkey", "export", "verificationkey", theirZkey.toString(), theirVkey.toString());
        ZKey zk = ZKey.read(theirZkey);
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.readTree(Files.readString(theirVkey)), m.readTree(SnarkjsJson.toJson(zk.verificationKey())));
        ProofResult r = Groth16Prover.prove(zk, WitnessFile.read(wtns));
        Path proof = write("ours_on_sj_proof.json", SnarkjsJson.toJson(r.proof()));
        Path pub = write("ours_on_sj_public.json", SnarkjsJson.toJson(r.publicSignals()));
        assertTrue(snarkjsVerifies(theirVkey, pub, proof));
        assertTrue(Groth16Verifier.verify(SnarkjsJson.readVerificationKey(theirVkey), r.publicSignals(), r.proof()));
    }

    @Test
    void initialKeyIsByteIdenticalToSnarkjsSetup() throws Exception {
        Path initial = fx.file("ours_initial.zkey");
        Groth16Setup.newKey(R1cs.read(fx.r1cs), PowersOfTau.open(fx.ptau)).write(initial);
        // snarkjs writes the sections in another order: compare them one by one (incl. the circuit hash in 10)
        BinFile theirs = BinFile.open(theirZkey, "zkey", 1), ours = BinFile.open(initial, "zkey", 1);
        for (int type = 1; type <= 10; type++) {
            BinFile.Section a = theirs.section(type), b = ours.section(type);
            assertEquals(a.size(), b.size(), "size of section " + type);
            assertTrue(java.util.Arrays.equals(a.bytes((int) a.size()), b.bytes((int) b.size())), "section " + type + " differs");
        }
    }

    @Test
    void snarkjsZkeyVerifyAcceptsOurContributionsChainedWithItsOwn() throws Exception {
        String ok = NodeToolchain.snarkjs("zkey", "verify", fx.r1cs.toString(), fx.ptau.toString(), ourZkey.toString());
        assertTrue(ok.contains("ZKey Ok!"), ok);
        // snarkjs contributes on top of ours, then we contribute again: the whole chain verifies
        Path theirs = fx.file("chain_sj.zkey"), ours2 = fx.file("chain_ours.zkey");
        NodeToolchain.snarkjs("zkey", "contribute", ourZkey.toString(), theirs.toString(), "-e=chain test");
        ZKey chained = Groth16Setup.contribute(ZKey.read(theirs), new java.security.SecureRandom());
        chained.write(ours2);
        String ok2 = NodeToolchain.snarkjs("zkey", "verify", fx.r1cs.toString(), fx.ptau.toString(), ours2.toString());
        assertTrue(ok2.contains("ZKey Ok!"), ok2);
        assertEquals(3, io.aitbc.zk.formats.MpcParams.parse(chained.mpcParams()).contributions().size());
        ProofResult r = Groth16Prover.prove(chained, WitnessFile.read(wtns));
        assertTrue(Groth16Verifier.verify(chained.verificationKey(), r.publicSignals(), r.proof()));
        // a contribution with a wrong proof of knowledge is rejected by snarkjs
        byte[] mpc = chained.mpcParams().clone();
        mpc[mpc.length - 20] ^= 1; // inside the last transcript
        Path forged = fx.file("chain_forged.zkey");
        chained.withMpcParams(mpc).write(forged);
        assertTrue(NodeToolchain.snarkjsExitCode("zkey", "verify", fx.r1cs.toString(), fx.ptau.toString(), forged.toString()) != 0);
    }

    @Test
    void zkeyRoundTripsAndProofsAreRandomised() throws Exception {
        ZKey zk = ZKey.read(ourZkey);
        Path copy = fx.file("copy.zkey");
        zk.write(copy);
        assertEquals(-1L, Files.mismatch(ourZkey, copy));
        WitnessFile w = WitnessFile.read(wtns);
        assertNotEquals(Groth16Prover.prove(zk, w).proof(), Groth16Prover.prove(zk, w).proof());
    }
}
