package io.aitbc.contracts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.zk.solidity.Groth16Calldata;
import io.aitbc.contracts.process.ExternalCommand;
import org.web3j.utils.Numeric;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Reference Groth16 material made by the real tools (circom2, snarkjs from circuits/node_modules): circuit compile,
 * circuit setup on a prepared powers of tau with a random contribution, snarkjs's own Solidity verifier, and proofs
 * with their calldata exactly as {@code snarkjs zkey export soliditycalldata} prints them. Setups are cached under
 * target/zk-fixtures, keyed by the circuit's text, so a test run pays for each setup once.
 */
public final class SnarkjsGroth16 {
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The files of one circuit's setup. */
    public record Setup(Path dir, String name, Path wasm, Path zkey, Path verificationKey, Path snarkjsVerifier) {}

    private SnarkjsGroth16() {}

    /**
     * Compiles a circuit of circuits/ (its includes resolve in circuits/lib and circuits/node_modules) and runs the
     * snarkjs Groth16 setup on the given prepared powers of tau, with one random contribution.
     */
    public static Setup setup(Path circomFile, Path preparedPtau) throws IOException {
        String name = circomFile.getFileName().toString().replaceFirst("\\.circom$", "");
        String key = sha256(Files.readString(circomFile) + "|" + libraryText() + "|" + preparedPtau.getFileName())
                .substring(0, 16);
        Path dir = Toolchain.contractsDir().resolve("target/zk-fixtures/" + name + "-" + key);
        Setup setup = new Setup(dir, name, dir.resolve(name + "_js/" + name + ".wasm"), dir.resolve(name + ".zkey"),
                dir.resolve("verification_key.json"), dir.resolve("SnarkjsVerifier.sol"));
        if (Files.exists(dir.resolve("done"))) return setup;
        // Build beside the final folder and move it in whole, so concurrent test runs never see half a setup.
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp");
        // circom2 (WebAssembly) sees the file system relative to its working directory: run it in circuits/.
        ExternalCommand.of(Toolchain.circuitsDir(), STEP_TIMEOUT, Toolchain.NODE, "node_modules/.bin/circom2",
                circomFile.toString(), "--r1cs", "--wasm", "--O2", "-l", "lib", "-l", "node_modules",
                "-o", tmp.toString()).runChecked();
        snarkjs(tmp, "zkey0.zkey", "groth16", "setup", name + ".r1cs", preparedPtau.toString(), "zkey0.zkey");
        snarkjs(tmp, name + ".zkey", "zkey", "contribute", "zkey0.zkey", name + ".zkey", "-e=" + entropy());
        snarkjs(tmp, "verification_key.json", "zkey", "export", "verificationkey", name + ".zkey", "verification_key.json");
        snarkjs(tmp, "SnarkjsVerifier.sol", "zkey", "export", "solidityverifier", name + ".zkey", "SnarkjsVerifier.sol");
        Files.writeString(tmp.resolve("done"), "ok");
        try {
            Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherRunWon) {
            if (!Files.exists(dir.resolve("done"))) throw anotherRunWon;
        }
        return setup;
    }

    /** All circom library sources of circuits/, so that a template change invalidates the cached setup. */
    private static String libraryText() throws IOException {
        try (var files = Files.walk(Toolchain.circuitsDir().resolve("lib"))) {
            StringBuilder text = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".circom")).sorted().toList()) {
                text.append(p.getFileName()).append('\n').append(Files.readString(p));
            }
            return text.toString();
        }
    }

    /**
     * A proof made by snarkjs, with its files (kept under the setup's folder).
     *
     * @param witness      the witness file, as snarkjs calculated it
     * @param calldataText what {@code snarkjs zkey export soliditycalldata} printed for it
     * @param calldata     that text, parsed
     */
    public record Proof(Path proofJson, Path publicJson, Path witness, String calldataText, Groth16Calldata calldata) {}

    /** Calculates the witness and proves with snarkjs for the given input signals. */
    public static Proof prove(Setup setup, Map<String, BigInteger> input) throws IOException {
        Files.createDirectories(setup.dir().resolve("proofs"));
        Path work = Files.createTempDirectory(setup.dir().resolve("proofs"), "proof");
        Map<String, String> decimal = new java.util.TreeMap<>();
        input.forEach((k, v) -> decimal.put(k, v.toString()));
        JSON.writeValue(work.resolve("input.json").toFile(), decimal);
        snarkjs(work, "witness.wtns", "wtns", "calculate", setup.wasm().toString(), "input.json", "witness.wtns");
        snarkjs(work, "proof.json", "groth16", "prove", setup.zkey().toString(), "witness.wtns", "proof.json", "public.json");
        String text = snarkjs(work, null, "zkey", "export", "soliditycalldata", "public.json", "proof.json").trim();
        return new Proof(work.resolve("proof.json"), work.resolve("public.json"), work.resolve("witness.wtns"), text,
                parseCalldata(text));
    }

    /** Parses {@code ["0x..","0x.."],[["0x..","0x.."],["0x..","0x.."]],["0x..","0x.."],["0x..",...]}. */
    static Groth16Calldata parseCalldata(String text) throws IOException {
        JsonNode parts = JSON.readTree("[" + text.trim() + "]");
        return new Groth16Calldata(numbers(parts.get(0)),
                List.of(numbers(parts.get(1).get(0)), numbers(parts.get(1).get(1))),
                numbers(parts.get(2)), numbers(parts.get(3)));
    }

    private static List<BigInteger> numbers(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> Numeric.toBigInt(n.asText())).toList();
    }

    /**
     * Runs snarkjs. It reports some failures with exit code 0 (e.g. a too small ptau), so its output is checked for
     * errors and the file it should have written (when given) for content.
     */
    private static String snarkjs(Path dir, String expectedFile, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Toolchain.NODE,
                Toolchain.circuitsDir().resolve("node_modules/.bin/snarkjs").toString()));
        command.addAll(List.of(args));
        ExternalCommand.Result result = new ExternalCommand(command, dir, STEP_TIMEOUT, Map.of()).run();
        boolean failed = result.exitCode() != 0 || (result.stdout() + result.stderr()).contains("[ERROR]")
                || (expectedFile != null && (!Files.exists(dir.resolve(expectedFile)) || Files.size(dir.resolve(expectedFile)) == 0));
        if (failed) throw new IOException("snarkjs " + String.join(" ", args) + " failed:\n" + result.stdout() + result.stderr());
        return result.stdout();
    }

    private static String entropy() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
