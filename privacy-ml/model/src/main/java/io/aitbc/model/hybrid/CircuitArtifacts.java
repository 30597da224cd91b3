package io.aitbc.model.hybrid;

import io.aitbc.zk.formats.SnarkjsJson;
import io.aitbc.zk.formats.VerificationKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built files of one hybrid relation (see {@link HybridCircuits}). */
public record CircuitArtifacts(Path dir) {

    static final String ZKEY = "main.zkey";
    static final String VERIFICATION_KEY = "verification_key.json";

    public static CircuitArtifacts in(Path dir) throws IOException {
        CircuitArtifacts a = new CircuitArtifacts(dir);
        for (Path p : new Path[] {a.zkey(), a.wasm(), a.verificationKeyFile()}) {
            if (!Files.isRegularFile(p)) throw new IOException("missing " + p);
        }
        return a;
    }

    public Path zkey() { return dir.resolve(ZKEY); }

    public Path wasm() { return dir.resolve("main_js").resolve("main.wasm"); }

    public Path r1cs() { return dir.resolve("main.r1cs"); }

    public Path verificationKeyFile() { return dir.resolve(VERIFICATION_KEY); }

    public VerificationKey verificationKey() throws IOException {
        return SnarkjsJson.readVerificationKey(verificationKeyFile());
    }
}
