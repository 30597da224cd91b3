package io.aitbc.model.ir;

import java.util.Arrays;

/**
 * The dimensions of one tensor, without a batch dimension (the IR always describes one input).
 * Images are {@code [C, H, W]}, vectors {@code [n]}. Immutable.
 */
public final class Shape {
    private final int[] dims;

    private Shape(int[] dims) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("a shape needs at least one dimension");
        }
        long size = 1;
        for (int d : dims) {
            if (d <= 0) {
                throw new IllegalArgumentException("dimensions must be positive: " + Arrays.toString(dims));
            }
            size *= d;
            if (size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("tensor too large: " + Arrays.toString(dims));
            }
        }
        this.dims = dims;
    }

    public static Shape of(int... dims) {
        return new Shape(dims.clone());
    }

    /** An image {@code [channels, height, width]}. */
    public static Shape image(int channels, int height, int width) {
        return of(channels, height, width);
    }

    public static Shape vector(int length) {
        return of(length);
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis];
    }

    public int[] dims() {
        return dims.clone();
    }

    /** Number of elements. */
    public int size() {
        int size = 1;
        for (int d : dims) {
            size *= d;
        }
        return size;
    }

    public boolean isImage() {
        return dims.length == 3;
    }

    public boolean isVector() {
        return dims.length == 1;
    }

    /** Fails with a message naming {@code what} unless this shape is {@code [C, H, W]}. */
    public Shape requireImage(String what) {
        if (!isImage()) {
            throw new IllegalArgumentException(what + " needs an image input [C, H, W], got " + this);
        }
        return this;
    }

    /** Fails with a message naming {@code what} unless this shape is {@code [n]}. */
    public Shape requireVector(String what) {
        if (!isVector()) {
            throw new IllegalArgumentException(what + " needs a vector input [n], got " + this
                    + " (insert a Flatten first)");
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
