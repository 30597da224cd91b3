package io.aitbc.fhe.nn;

/**
 * Sums the slot vector with its rotations by block, 2 block, 4 block, ... slots/2:
 * {@code y[i] = sum_t x[(i + t * block) mod slots]}, so every slot ends up holding the total of its
 * residue class modulo {@code block} (log2(slots / block) rotations). This finishes the partial sums
 * of {@link PackedLinear#partialSums} and leaves the result periodic with period {@code block}.
 */
public record SlotFold(int block, int slots) {

    public SlotFold {
        if (block < 1 || slots % block != 0 || Integer.bitCount(slots / block) != 1) {
            throw new IllegalArgumentException("fold block " + block + " must divide " + slots + " by a power of two");
        }
    }

    public int[] rotationSteps() {
        int count = Integer.numberOfTrailingZeros(slots / block);
        int[] steps = new int[count];
        for (int i = 0; i < count; i++) steps[i] = block << i;
        return steps;
    }

    public double cost() { return CostModel.ROTATION * rotationSteps().length; }

    /** The plaintext meaning. */
    public double[] apply(double[] x) {
        double[] y = new double[slots];
        for (int i = 0; i < slots; i++) {
            double acc = 0;
            for (int t = 0; t < slots / block; t++) acc += x[(i + t * block) % slots];
            y[i] = acc;
        }
        return y;
    }
}
