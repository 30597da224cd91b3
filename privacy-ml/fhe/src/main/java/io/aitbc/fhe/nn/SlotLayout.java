package io.aitbc.fhe.nn;

import java.util.Arrays;

/**
 * Where the values of a logical vector sit in the slots of one ciphertext: slot s holds value
 * {@link #indexAt(int) indexAt(s)}, or nothing useful (-1: zero or a leftover the next layer ignores).
 * A value may sit in several slots (replicated layouts); every value has at least one slot.
 * Immutable. The client encodes with {@link #encode}, reads results with {@link #decode}.
 */
public final class SlotLayout {

    /** How the layout was built: what a client needs to rebuild it. */
    public sealed interface Form {
        /** {@link #windows}. */
        record Windows(int block, int shift) implements Form {}
        /** {@link #periodic} ({@code period == slots}: {@link #contiguous}). */
        record Periodic(int period) implements Form {}
        /** {@link #of}: given slot by slot. */
        record Explicit() implements Form {}
    }

    private final int length;
    private final int[] indexAt;
    private final int[] firstSlot;
    private final String description;
    private final Form form;

    private SlotLayout(int length, int[] indexAt, String description, Form form) {
        if (length < 1) throw new IllegalArgumentException("a layout needs at least one value");
        int slots = indexAt.length;
        if (slots < 1 || Integer.bitCount(slots) != 1) throw new IllegalArgumentException("slot count must be a power of two: " + slots);
        this.length = length;
        this.indexAt = indexAt;
        this.description = description;
        this.form = form;
        this.firstSlot = new int[length];
        Arrays.fill(firstSlot, -1);
        for (int s = 0; s < slots; s++) {
            int i = indexAt[s];
            if (i < -1 || i >= length) throw new IllegalArgumentException("slot " + s + " holds index " + i + " outside [0, " + length + ")");
            if (i >= 0 && firstSlot[i] < 0) firstSlot[i] = s;
        }
        for (int i = 0; i < length; i++) {
            if (firstSlot[i] < 0) throw new IllegalArgumentException("value " + i + " has no slot in layout " + description);
        }
    }

    /** Value i in slot i (the rest of the slots unused). */
    public static SlotLayout contiguous(int length, int slots) {
        return periodic(length, slots, slots);
    }

    /** Value i in every slot s with s mod period == i: the layout the rotation fold produces. */
    public static SlotLayout periodic(int length, int period, int slots) {
        if (period < length || period > slots || slots % period != 0) {
            throw new IllegalArgumentException("period " + period + " must be >= length " + length + " and divide " + slots);
        }
        int[] idx = new int[slots];
        for (int s = 0; s < slots; s++) idx[s] = s % period < length ? s % period : -1;
        return new SlotLayout(length, idx, period == slots ? "contiguous(" + length + ")" : "periodic(" + length + ", period " + period + ")",
                new Form.Periodic(period));
    }

    /**
     * Overlapping windows: slot t*block + j holds value (t*shift + j) mod length. Each block of
     * {@code block} slots is a window of the vector starting {@code shift} further than the previous
     * one, so that a few diagonals of a dense layer reach every column (see {@link PackedLinear}).
     */
    public static SlotLayout windows(int length, int block, int shift, int slots) {
        if (block < 1 || slots % block != 0 || shift < 1) {
            throw new IllegalArgumentException("block " + block + " must divide " + slots + " and shift " + shift + " be positive");
        }
        int[] idx = new int[slots];
        for (int s = 0; s < slots; s++) idx[s] = (int) (((long) (s / block) * shift + s % block) % length);
        return new SlotLayout(length, idx, "windows(" + length + ", block " + block + ", shift " + shift + ")", new Form.Windows(block, shift));
    }

    /** Any layout, given slot by slot (-1 for unused slots). */
    public static SlotLayout of(int length, int[] indexAt, String description) {
        return new SlotLayout(length, indexAt.clone(), description, new Form.Explicit());
    }

    public int length() { return length; }

    public Form form() { return form; }

    public int slots() { return indexAt.length; }

    /** The value index in slot s, or -1. */
    public int indexAt(int slot) { return indexAt[slot]; }

    /** The first slot holding value i. */
    public int firstSlot(int index) { return firstSlot[index]; }

    /** The slot vector of {@code values} (unused slots zero). */
    public double[] encode(double[] values) {
        if (values.length != length) {
            throw new IllegalArgumentException("layout " + description + " packs " + length + " values, got " + values.length);
        }
        double[] slots = new double[indexAt.length];
        for (int s = 0; s < slots.length; s++) if (indexAt[s] >= 0) slots[s] = values[indexAt[s]];
        return slots;
    }

    /** The logical values read back from decoded slots (the first slot of each value). */
    public double[] decode(double[] slotValues) {
        if (slotValues.length < indexAt.length) {
            throw new IllegalArgumentException("expected " + indexAt.length + " slots, got " + slotValues.length);
        }
        double[] out = new double[length];
        for (int i = 0; i < length; i++) out[i] = slotValues[firstSlot[i]];
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotLayout l && l.length == length && Arrays.equals(l.indexAt, indexAt);
    }

    @Override
    public int hashCode() { return 31 * length + Arrays.hashCode(indexAt); }

    @Override
    public String toString() { return description + " in " + indexAt.length + " slots"; }
}
