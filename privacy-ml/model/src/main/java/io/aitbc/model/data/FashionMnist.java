package io.aitbc.model.data;

import io.aitbc.model.ir.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fashion-MNIST (Zalando, MIT licence) from the Debian package {@code dataset-fashion-mnist}, which installs
 * gzipped IDX files under {@value #DEFAULT_DIR}. Images are {@code [1, 28, 28]}, pixel / 255.
 */
public final class FashionMnist {
    public static final String DEFAULT_DIR = "/usr/share/datasets/fashion-mnist";
    public static final Shape IMAGE = Shape.image(1, 28, 28);
    public static final int CLASSES = 10;
    public static final String[] CLASS_NAMES = {
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"};

    private final Path dir;

    public FashionMnist(Path dir) {
        this.dir = dir;
    }

    /** The installed dataset ({@code $AITBC_FASHION_MNIST} or {@value #DEFAULT_DIR}). */
    public static FashionMnist installed() {
        String env = System.getenv("AITBC_FASHION_MNIST");
        return new FashionMnist(Path.of(env != null && !env.isBlank() ? env : DEFAULT_DIR));
    }

    public Path dir() {
        return dir;
    }

    public boolean isPresent() {
        return Files.isRegularFile(dir.resolve("t10k-images-idx3-ubyte.gz"))
                && Files.isRegularFile(dir.resolve("t10k-labels-idx1-ubyte.gz"));
    }

    /** The 60,000 training examples (or the first {@code limit}). */
    public Dataset train(int limit) throws IOException {
        return load("train", limit);
    }

    /** The 10,000 test examples (or the first {@code limit}). */
    public Dataset test(int limit) throws IOException {
        return load("t10k", limit);
    }

    private Dataset load(String prefix, int limit) throws IOException {
        Path images = dir.resolve(prefix + "-images-idx3-ubyte.gz");
        Path labels = dir.resolve(prefix + "-labels-idx1-ubyte.gz");
        if (!Files.isRegularFile(images) || !Files.isRegularFile(labels)) {
            throw new IOException("Fashion-MNIST not found in " + dir
                    + " (install the Debian package dataset-fashion-mnist, or set AITBC_FASHION_MNIST)");
        }
        IdxReader.Idx img = IdxReader.read(images, limit);
        IdxReader.Idx lab = IdxReader.read(labels, limit);
        if (img.itemDims().length != 2 || img.itemDims()[0] != 28 || img.itemDims()[1] != 28 || lab.itemDims().length != 0
                || img.count() != lab.count()) {
            throw new IOException("unexpected Fashion-MNIST layout in " + dir);
        }
        int pixels = 28 * 28;
        float[][] x = new float[img.count()][pixels];
        int[] y = new int[lab.count()];
        for (int i = 0; i < img.count(); i++) {
            for (int j = 0; j < pixels; j++) {
                x[i][j] = (img.data()[i * pixels + j] & 0xff) / 255f;
            }
            y[i] = lab.data()[i] & 0xff;
            if (y[i] >= CLASSES) {
                throw new IOException("label " + y[i] + " out of range in " + labels);
            }
        }
        return new Dataset(IMAGE, x, y);
    }
}
