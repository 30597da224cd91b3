package io.aitbc.fhe.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Packings without encryption: every packed layer's slot computation (diagonals, fold, bias) must equal
 * the naive product W x + b read back through the layouts, for random matrices of many shapes.
 */
class PackingTest {

    private final SplittableRandom random = new SplittableRandom(7);

    static double[] naive(double[] w, int rows, int cols, double[] x, double[] b) {
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double acc = b == null ? 0 : b[r];
            for (int c = 0; c < cols; c++) acc += w[r * cols + c] * x[c];
            y[r] = acc;
        }
        return y;
    }

    double[] randomVector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextDouble(-1, 1);
        return v;
    }

    static void assertClose(double[] expected, double[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance, "value " + i);
        }
    }

    @ParameterizedTest(name = "{0}x{1} dense in {2} slots")
    @CsvSource({"32,784,4096", "10,32,4096", "1024,784,8192", "256,1024,8192", "10,256,8192", "1,5,16", "16,16,16",
                "100,3,1024", "7,300,512", "512,512,512"})
    void firstLayerAndFollowingLayerComputeTheProduct(int rows, int cols, int slots) {
        double[] w = randomVector(rows * cols);
        double[] b = randomVector(rows);
        double[] x = randomVector(cols);
        double[] expected = naive(w, rows, cols, x, b);
        LinearStage first = PackedLinear.firstLayer(SparseMatrix.dense(rows, cols, w), b, slots);
        assertClose(expected, first.outputLayout().decode(first.applyPlain(first.inputLayout().encode(x))), 1e-9);

        // the same matrix read from the layout the previous stage leaves (periodic after a fold)
        SlotLayout periodic = SlotLayout.periodic(cols, Integer.highestOneBit(2 * cols - 1), slots);
        for (LinearStage next : new LinearStage[] {
                PackedLinear.best(SparseMatrix.dense(rows, cols, w), b, periodic),
                PackedLinear.partialSums(SparseMatrix.dense(rows, cols, w), b, periodic),
                PackedLinear.direct(SparseMatrix.dense(rows, cols, w), b, periodic, SlotLayout.contiguous(rows, slots))}) {
            assertClose(expected, next.outputLayout().decode(next.applyPlain(periodic.encode(x))), 1e-9);
        }
    }

    @Test
    void windowsPackingNeedsFarFewerDiagonalsThanTheMatrixWidth() {
        // 784 -> 1024 in 8192 slots: 1024 x 784 products over 8192 slots need at least 98 diagonals
        LinearStage s = PackedLinear.firstLayer(SparseMatrix.dense(1024, 784, randomVector(1024 * 784)), null, 8192);
        int diagonals = s.transform().diagonals().count();
        assertTrue(diagonals >= 98 && diagonals <= 256, "diagonals: " + diagonals + " " + s.describe());
        LinearStage small = PackedLinear.firstLayer(SparseMatrix.dense(32, 784, randomVector(32 * 784)), null, 4096);
        assertTrue(small.transform().diagonals().count() <= 32, small.describe());
    }

    @Test
    void directMethodOnAnIm2colLayoutUsesOneDiagonalPerKernelChannelOffset() {
        // conv 1 -> 3 channels, 3x3 kernel, stride 1, padding 1 on a 6x6 image; input packed as im2col
        int h = 6, k = 3, channels = 3, positions = h * h, window = k * k, block = 64, slots = 1024;
        double[] kernel = randomVector(channels * window);
        double[] image = randomVector(h * h);
        // virtual input v = e * block + p holds image[gather(p, e)] (0 on padding)
        int[] gather = new int[window * block];
        Arrays.fill(gather, -1);
        for (int p = 0; p < positions; p++) {
            for (int e = 0; e < window; e++) {
                int ih = p / h + e / k - 1, iw = p % h + e % k - 1;
                gather[e * block + p] = ih >= 0 && ih < h && iw >= 0 && iw < h ? ih * h + iw : -1;
            }
        }
        double[] virtual = new double[gather.length];
        for (int v = 0; v < gather.length; v++) virtual[v] = gather[v] < 0 ? 0 : image[gather[v]];
        SparseMatrix.Builder m = new SparseMatrix.Builder(channels * block, gather.length);
        double[] expected = new double[channels * block];
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < positions; p++) {
                for (int e = 0; e < window; e++) {
                    m.add(c * block + p, e * block + p, kernel[c * window + e]);
                    if (gather[e * block + p] >= 0) expected[c * block + p] += kernel[c * window + e] * image[gather[e * block + p]];
                }
            }
        }
        LinearStage s = PackedLinear.direct(m.build(), null, SlotLayout.contiguous(gather.length, slots),
                SlotLayout.contiguous(channels * block, slots));
        assertEquals(window + channels - 1, s.transform().diagonals().count());
        assertClose(expected, s.outputLayout().decode(s.applyPlain(s.inputLayout().encode(virtual))), 1e-9);
    }

    @Test
    void bsgsPlanCoversEveryDiagonalOnce() {
        int slots = 1024;
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < 70) chosen.add(random.nextInt(slots));
        int[] d = chosen.stream().mapToInt(Integer::intValue).toArray();
        for (BsgsPlan plan : new BsgsPlan[] {BsgsPlan.choose(slots, d), BsgsPlan.withStride(slots, d, 8), BsgsPlan.withStride(slots, d, 1)}) {
            Set<Integer> seen = new HashSet<>();
            plan.babiesByGiant().forEach((g, babies) -> {
                assertEquals(0, Math.floorMod(g, plan.stride()));
                for (int b : babies) {
                    assertTrue(b >= 0 && b < plan.stride());
                    assertTrue(seen.add(Math.floorMod(g + b, slots)));
                }
            });
            assertEquals(chosen, seen);
        }
        assertTrue(BsgsPlan.choose(slots, d).cost() <= BsgsPlan.withStride(slots, d, 8).cost());
        // contiguous diagonals 0..63: about sqrt(64 * giant/baby cost) baby steps
        BsgsPlan dense = BsgsPlan.choose(slots, java.util.stream.IntStream.range(0, 64).toArray());
        assertTrue(dense.rotationSteps().length <= 20, dense.toString());
    }

    @Test
    void foldSumsResidueClasses() {
        double[] x = randomVector(64);
        double[] y = new SlotFold(8, 64).apply(x);
        for (int i = 0; i < 64; i++) {
            double acc = 0;
            for (int j = i % 8; j < 64; j += 8) acc += x[j];
            assertEquals(acc, y[i], 1e-12);
        }
        assertArrayEquals(new int[] {8, 16, 32}, new SlotFold(8, 64).rotationSteps());
    }

    @Test
    void layoutsRejectBadInput() {
        SlotLayout l = SlotLayout.windows(10, 8, 3, 32);
        assertThrows(IllegalArgumentException.class, () -> l.encode(new double[9]));
        assertThrows(IllegalArgumentException.class, () -> SlotLayout.periodic(10, 8, 32));
        assertThrows(IllegalArgumentException.class, () -> SlotLayout.of(3, new int[] {0, 1, -1, -1}, "missing value 2"));
        assertThrows(IllegalArgumentException.class,
                () -> PackedLinear.firstLayer(SparseMatrix.dense(2, 40, randomVector(80)), null, 32));
        assertFalse(PackedLinear.partialSums(SparseMatrix.dense(4, 16, randomVector(64)), SlotLayout.contiguous(16, 16), 4, 1, (s, u, v) -> {}));
    }
}
