package io.aitbc.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    @Test
    void readsTheInstalledTestSet() {
        Dataset d = TestData.fashionMnistTest(1000);
        assertEquals(1000, d.size());
        int[] perClass = new int[10];
        for (int i = 0; i < d.size(); i++) {
            perClass[d.label(i)]++;
            for (double v : d.image(i)) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
        for (int c : perClass) {
            assertTrue(c > 50, "every class appears in the first 1000 test images");
        }
        // Known first labels of the Fashion-MNIST test set: ankle boot, pullover, trouser, trouser, shirt.
        assertEquals(9, d.label(0));
        assertEquals(2, d.label(1));
        assertEquals(1, d.label(2));
        assertEquals(1, d.label(3));
        assertEquals(6, d.label(4));
    }

    @Test
    void rejectsTruncatedAndForeignFiles(@TempDir Path dir) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("t10k-images-idx3-ubyte.gz")))) {
            out.write(new byte[] {0, 0, 8, 3, 0, 0, 0, 10, 0, 0, 0, 28, 0, 0, 0, 28, 1, 2, 3});
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("t10k-labels-idx1-ubyte.gz")))) {
            out.write("not idx at all".getBytes());
        }
        IOException e = assertThrows(IOException.class, () -> new FashionMnist(dir).test(10));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> new FashionMnist(dir.resolve("nowhere")).test(10));
        assertTrue(missing.getMessage().contains("dataset-fashion-mnist"), missing.getMessage());
    }
}
