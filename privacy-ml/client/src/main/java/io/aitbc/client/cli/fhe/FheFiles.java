package io.aitbc.client.cli.fhe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.serialization.FheSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** File and JSON helpers of the fhe commands: atomic writes, JSON number arrays. */
final class FheFiles {

    static final String PARAMS = "params.fhe";
    static final String SECRET_KEY = "secret.key";
    static final String PUBLIC_KEY = "public.key";
    static final String EVALUATION_KEYS = "evaluation.keys";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FheFiles() {}

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes through a temporary file and a rename, so a failure leaves no half-written file. */
    static void write(Path file, byte[] data) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".aitbc-", ".tmp");
            try {
                Files.write(tmp, data);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static SchemeParameters readParameters(Path file) {
        return FheSerializer.readParameters(read(file));
    }

    /** A JSON array of numbers, e.g. [0.5, -1, 2e-3]. */
    static double[] readNumbers(Path file) {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot parse " + file + " as JSON: " + e.getMessage(), e);
        }
        if (node == null || !node.isArray()) throw new IllegalArgumentException(file + " must hold a JSON array of numbers");
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber()) throw new IllegalArgumentException(file + ": element " + i + " is not a number: " + v);
            out[i] = v.asDouble();
        }
        return out;
    }

    /** The same array as integers; fractional values are rejected (BFV encrypts integers). */
    static long[] readIntegers(Path file) {
        double[] d = readNumbers(file);
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i]) || Math.abs(d[i]) > 0x1p53) {
                throw new IllegalArgumentException(file + ": element " + i + " is not an integer: " + d[i]);
            }
            out[i] = (long) d[i];
        }
        return out;
    }

    static void writeJson(Path file, Object value) {
        try {
            write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
