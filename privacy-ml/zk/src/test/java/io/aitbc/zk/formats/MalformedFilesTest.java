package io.aitbc.zk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.zk.bn254.Curves;
import io.aitbc.zk.bn254.Fp;
import io.aitbc.zk.bn254.Fp2;
import io.aitbc.zk.groth16.Groth16Prover;
import io.aitbc.zk.groth16.Groth16Setup;
import io.aitbc.zk.testutil.CircuitFixture;
import io.aitbc.zk.witness.CircomWasmWitnessCalculator;
import io.aitbc.zk.witness.CircuitInputs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every binary format (.r1cs, .wtns, .ptau, .zkey) and the JSON files, truncated or corrupted in the
 * ways that matter, must give a {@link ZkFormatException} with a message (never garbage, another
 * exception type or a hang). Valid files come from circom2 and our own setup on the test circuit.
 */
class MalformedFilesTest {

    interface Reader {
        void read(Path p) throws IOException;
    }

    static CircuitFixture fx;
    static Path wtns, zkey;

    @BeforeAll
    static void setUp() throws Exception {
        fx = CircuitFixture.get();
        wtns = fx.file("malformed_base.wtns");
        CircomWasmWitnessCalculator.load(fx.wasm).calculate(CircuitInputs.read(fx.input)).write(wtns);
        zkey = fx.file("malformed_base.zkey");
        Groth16Setup.setup(R1cs.read(fx.r1cs), PowersOfTau.open(fx.ptau)).write(zkey);
    }

    private static final Reader R1CS = R1cs::read;
    private static final Reader WTNS = WitnessFile::read;
    private static final Reader ZKEY = ZKey::read;
    /** A ptau is read lazily: a setup reads every section it needs. */
    private static final Reader PTAU = p -> Groth16Setup.newKey(R1cs.read(fx.r1cs), PowersOfTau.open(p));

    private static void rejected(Reader reader, Path file, String expectedInMessage) {
        ZkFormatException e = assertThrows(ZkFormatException.class, () -> reader.read(file), file.getFileName().toString());
        assertTrue(e.getMessage() != null && e.getMessage().contains(expectedInMessage),
                "message '" + e.getMessage() + "' should mention '" + expectedInMessage + "'");
    }

    /** A copy of {@code src} edited through a little-endian buffer over its bytes. */
    private static Path edited(Path src, String name, Consumer<ByteBuffer> edit) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(src)).order(ByteOrder.LITTLE_ENDIAN);
        edit.accept(b);
        Path out = fx.file(name);
        Files.write(out, b.array());
        return out;
    }

    /** Offset of the data of the first section of {@code type} in an iden3 binary file. */
    private static int sectionData(ByteBuffer b, int type) {
        int n = b.getInt(8), pos = 12;
        for (int i = 0; i < n; i++) {
            int t = b.getInt(pos);
            long size = b.getLong(pos + 4);
            if (t == type) {
                return pos + 12;
            }
            pos += 12 + (int) size;
        }
        throw new IllegalArgumentException("no section " + type);
    }

    @Test
    void truncatedFilesOfEveryFormatAreRejected() throws Exception {
        Object[][] formats = {{fx.r1cs, R1CS}, {wtns, WTNS}, {fx.ptau, PTAU}, {zkey, ZKEY}};
        for (Object[] f : formats) {
            Path src = (Path) f[0];
            byte[] all = Files.readAllBytes(src);
            for (int cut : new int[] {0, 3, 8, 11, 12, 20, 40, all.length / 4, all.length / 2, all.length - 1}) {
                Path t = fx.file("truncated_" + cut + "_" + src.getFileName());
                Files.write(t, java.util.Arrays.copyOf(all, cut));
                ZkFormatException e = assertThrows(ZkFormatException.class, () -> ((Reader) f[1]).read(t), t.getFileName().toString());
                assertTrue(e.getMessage().contains(t.getFileName().toString()) || e.getMessage().contains("section"), e.getMessage());
            }
        }
    }

    @Test
    void wrongMagicVersionAndSectionSizesAreRejected() throws Exception {
        rejected(ZKEY, edited(zkey, "magic.zkey", b -> b.put(0, (byte) 'x')), "not a .zkey file");
        rejected(WTNS, edited(wtns, "version.wtns", b -> b.putInt(4, 99)), "unsupported .wtns version 99");
        rejected(R1CS, edited(fx.r1cs, "huge.r1cs", b -> b.putLong(16, 1L << 40)), "claims");
        rejected(ZKEY, edited(zkey, "negative.zkey", b -> b.putLong(16, -5)), "claims");
        rejected(ZKEY, fx.r1cs, "not a .zkey file");
    }

    @Test
    void malformedR1csContentIsRejected() throws Exception {
        // constraint 0, matrix A: u32 terms, then (u32 wire, 32-byte coefficient) per term
        rejected(R1CS, edited(fx.r1cs, "coef.r1cs", b -> {
            int at = sectionData(b, 2) + 8;
            for (int i = 0; i < 32; i++) {
                b.put(at + i, (byte) 0xff);
            }
        }), "not a reduced field element");
        rejected(R1CS, edited(fx.r1cs, "wire.r1cs", b -> b.putInt(sectionData(b, 2) + 4, 0x7ffffff0)), "wire id");
        rejected(R1CS, edited(fx.r1cs, "prime.r1cs", b -> b.put(sectionData(b, 1) + 4, (byte) 2)), "not BN254");
    }

    @Test
    void malformedWitnessContentIsRejected() throws Exception {
        rejected(WTNS, edited(wtns, "big.wtns", b -> {
            int at = sectionData(b, 2) + 32;
            for (int i = 0; i < 32; i++) {
                b.put(at + i, (byte) 0xff);
            }
        }), "not a reduced field element");
        rejected(WTNS, edited(wtns, "notone.wtns", b -> b.put(sectionData(b, 2), (byte) 2)), "constant 1");
        rejected(WTNS, edited(wtns, "count.wtns", b -> b.putInt(sectionData(b, 1) + 36, 1000)), "expected");
    }

    @Test
    void malformedPtauContentIsRejected() throws Exception {
        // a point of the Lagrange level the setup reads: x >= p, then y changed (off the curve)
        int first = ZKey.read(zkey).domainSize() - 1;
        rejected(PTAU, edited(fx.ptau, "x.ptau", b -> b.putLong(sectionData(b, PowersOfTau.LAGRANGE_TAU_G1) + 64 * first + 24, -1L)),
                "coordinate not below the field modulus");
        rejected(PTAU, edited(fx.ptau, "offcurve.ptau", b -> {
            int at = sectionData(b, PowersOfTau.LAGRANGE_TAU_G1) + 64 * (first + 5) + 32;
            b.put(at, (byte) (b.get(at) ^ 1));
        }), "not on the curve");
        rejected(PTAU, edited(fx.ptau, "g2.ptau", b -> {
            int at = sectionData(b, PowersOfTau.LAGRANGE_TAU_G2) + 128 * first + 64;
            b.put(at, (byte) (b.get(at) ^ 1));
        }), "not on the curve");
        rejected(PTAU, edited(fx.ptau, "power.ptau", b -> b.putInt(sectionData(b, 1) + 36, 40)), "power");
    }

    @Test
    void malformedZkeyContentIsRejected() throws Exception {
        rejected(ZKEY, edited(zkey, "protocol.zkey", b -> b.putInt(sectionData(b, 1), 2)), "not Groth16");
        rejected(ZKEY, edited(zkey, "domain.zkey", b -> b.putInt(sectionData(b, 2) + 80, 3)), "not a power of two");
        rejected(ZKEY, edited(zkey, "npublic.zkey", b -> b.putInt(sectionData(b, 2) + 76, 1 << 30)), "nPublic");
        // delta2 in the header: changed into another twist point outside G2 is caught by the subgroup check
        rejected(ZKEY, edited(zkey, "delta2.zkey", b -> putG2(b, sectionData(b, 2) + 84 + 64 + 64 + 128 + 128 + 64, offSubgroupTwistPoint())),
                "subgroup");
        rejected(ZKEY, edited(zkey, "a.zkey", b -> {
            int at = sectionData(b, 5) + 64 * 3 + 40;
            b.put(at, (byte) (b.get(at) ^ 1));
        }), "not on the curve");
        rejected(ZKEY, edited(zkey, "matrix.zkey", b -> b.putInt(sectionData(b, 4) + 4, 7)), "matrix");
        rejected(ZKEY, edited(zkey, "mpc.zkey", b -> b.putInt(sectionData(b, 10) + 64, 1000)), "contributions");
    }

    @Test
    void offSubgroupBulkG2PointIsReadButTheProverRefusesToUseIt() throws Exception {
        ZKey good = ZKey.read(zkey);
        WitnessFile w = WitnessFile.read(wtns);
        int wire = -1;
        for (int i = 0; i < good.nVars() && wire < 0; i++) {
            boolean infinity = true;
            for (int k = 0; k < 16; k++) {
                infinity &= good.b2()[16 * i + k] == 0;
            }
            if (!infinity && !w.get(i).isZero()) {
                wire = i;
            }
        }
        assertTrue(wire >= 0, "some wire has a B2 point and a non-zero value");
        final int target = wire;
        Path bad = edited(zkey, "b2.zkey", b -> putG2(b, sectionData(b, 7) + 128 * target, offSubgroupTwistPoint()));
        ZKey read = ZKey.read(bad); // on the curve: accepted when read
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Groth16Prover.prove(read, w));
        assertTrue(e.getMessage().contains("subgroup"), e.getMessage());
    }

    /** A point of the twist curve (x = 1 + u, ...) that is not in G2, as Montgomery limbs. */
    private static long[] offSubgroupTwistPoint() {
        for (int i = 1; ; i++) {
            Fp2 x = new Fp2(Fp.of(i), Fp.ONE);
            Fp2 y = x.square().mul(x).add(Curves.twistB()).sqrt();
            if (y != null) {
                long[] l = new long[16];
                x.c0().copyMontgomeryTo(l, 0);
                x.c1().copyMontgomeryTo(l, 4);
                y.c0().copyMontgomeryTo(l, 8);
                y.c1().copyMontgomeryTo(l, 12);
                return l;
            }
        }
    }

    private static void putG2(ByteBuffer b, int at, long[] limbs) {
        for (int k = 0; k < 16; k++) {
            b.putLong(at + 8 * k, limbs[k]);
        }
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        String proof = Files.readString(writeProof());
        String[] badProofs = {
            "", "{", "[]", "{\"pi_b\": [], \"pi_c\": []}",
            proof.replaceFirst("\"pi_a\" : \\[ \"", "\"pi_a\" : [ \"x"),
            proof.replaceFirst("\"protocol\" : \"groth16\"", "\"protocol\" : \"plonk\""),
            proof.replaceFirst("\"pi_a\" : \\[ \"\\d+\"", "\"pi_a\" : [ \"" + Fp.MODULUS + "\""),
            proof.replaceFirst("\"pi_a\" : \\[ \"(\\d+)\", \"(\\d+)\"", "\"pi_a\" : [ \"$1\", \"5\""),
            proof.replaceFirst("\"pi_b\" : \\[ \\[ \"\\d+\"", "\"pi_b\" : [ [ \"1\""),
        };
        for (String bad : badProofs) {
            assertThrows(ZkFormatException.class, () -> SnarkjsJson.parseProof(bad), bad);
        }
        for (String bad : new String[] {"{}", "[\"1\", \"x\"]", "[\"" + io.aitbc.zk.bn254.Fr.MODULUS + "\"]", "[[1]]", "nope"}) {
            assertThrows(ZkFormatException.class, () -> SnarkjsJson.parsePublicSignals(bad), bad);
        }
        String vk = SnarkjsJson.toJson(ZKey.read(zkey).verificationKey());
        assertEquals(ZKey.read(zkey).verificationKey(), SnarkjsJson.parseVerificationKey(vk));
        for (String bad : new String[] {vk.replaceFirst("\"nPublic\" : \\d+", "\"nPublic\" : 7"),
                vk.replaceFirst("\"vk_delta_2\" : \\[ \\[ \"\\d+\"", "\"vk_delta_2\" : [ [ \"3\""), vk.replace("\"IC\"", "\"ic\"")}) {
            assertThrows(ZkFormatException.class, () -> SnarkjsJson.parseVerificationKey(bad), bad);
        }
    }

    private static Path writeProof() throws Exception {
        Path p = fx.file("malformed_proof.json");
        SnarkjsJson.write(p, Groth16Prover.prove(ZKey.read(zkey), WitnessFile.read(wtns)).proof());
        return p;
    }
}
