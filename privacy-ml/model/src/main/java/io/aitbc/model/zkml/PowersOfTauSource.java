package io.aitbc.model.zkml;

import io.aitbc.zk.formats.PowersOfTau;
import io.aitbc.zk.groth16.PowersOfTauGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the Groth16 setup takes its phase-1 powers of tau from. Production: a public multi-party ceremony's
 * prepared .ptau files ({@link #ceremony}: one file, or a folder holding several sizes, e.g. the Hermez
 * {@code powersOfTau28_hez_final_NN.ptau} files). Tests and benchmarks only: {@link #developmentUnsafe}, files
 * whose secrets one machine knew, so every key set up from them is forgeable; artifacts record which kind was used.
 */
public final class PowersOfTauSource {

    /** A chosen .ptau file, its power (it serves domains up to 2^power) and whether it is a development file. */
    public record Selected(Path file, int power, boolean unsafe) {
    }

    private final List<Path> locations;
    private final boolean unsafe;
    private final Path generateInto;

    private PowersOfTauSource(List<Path> locations, boolean unsafe, Path generateInto) {
        this.locations = List.copyOf(locations);
        this.unsafe = unsafe;
        this.generateInto = generateInto;
    }

    /**
     * A ceremony's prepared .ptau: {@code path} is one file, or a folder whose *.ptau files are the candidates (listed
     * at each selection, so files can be added while a server runs).
     */
    public static PowersOfTauSource ceremony(Path path) throws IOException {
        files(path);
        return new PowersOfTauSource(List.of(path), false, null);
    }

    /**
     * DEVELOPMENT ONLY, UNSAFE: the .ptau files in {@code folder} (e.g. circuits/ptau/pot12_dev_unsafe.ptau); when none
     * is large enough, one of exactly the needed power is generated there with our single-party generator.
     */
    public static PowersOfTauSource developmentUnsafe(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new PowersOfTauSource(List.of(folder), true, folder);
    }

    /** DEVELOPMENT ONLY, UNSAFE: exactly these files, never generates (e.g. the circuits folder's 2^12 test file). */
    public static PowersOfTauSource developmentUnsafeFiles(Path... files) {
        return new PowersOfTauSource(List.of(files), true, null);
    }

    public boolean isUnsafe() {
        return unsafe;
    }

    /** The smallest prepared file that serves a domain of {@code 2^power}. */
    public Selected select(int power) throws IOException {
        List<Selected> usable = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        for (Path location : locations) {
            candidates.addAll(files(location));
        }
        for (Path f : candidates) {
            PowersOfTau ptau = PowersOfTau.open(f);
            seen.add(f.getFileName() + " (2^" + ptau.power() + (ptau.isPreparedForPhase2() ? "" : ", not prepared for phase 2") + ")");
            if (ptau.isPreparedForPhase2() && ptau.power() >= power) {
                usable.add(new Selected(f, ptau.power(), unsafe));
            }
        }
        Optional<Selected> best = usable.stream().min(Comparator.comparingInt(Selected::power));
        if (best.isPresent()) {
            return best.get();
        }
        if (generateInto != null) {
            Path f = generateInto.resolve("pot" + power + "_dev_unsafe.ptau");
            Path tmp = AtomicFiles.temporarySibling(f);
            try {
                PowersOfTauGenerator.generateUnsafe(power, tmp, new SecureRandom());
                AtomicFiles.move(tmp, f);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return new Selected(f, power, true);
        }
        throw new IOException("no powers-of-tau file serves a domain of 2^" + power + "; have: "
                + (seen.isEmpty() ? "none" : String.join(", ", seen)));
    }

    private static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException(path + ": no such powers-of-tau file or folder");
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ptau") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
