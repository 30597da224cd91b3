package io.aitbc.model.data;

import io.aitbc.model.ir.Shape;

/**
 * Labelled examples held in memory: images scaled to [0, 1] (as PyTorch's ToTensor) and class labels.
 * Immutable; {@link #image} returns a copy.
 */
public final class Dataset {
    private final Shape shape;
    private final float[][] images;
    private final int[] labels;

    Dataset(Shape shape, float[][] images, int[] labels) {
        if (images.length != labels.length) {
            throw new IllegalArgumentException(images.length + " images but " + labels.length + " labels");
        }
        this.shape = shape;
        this.images = images;
        this.labels = labels;
    }

    public Shape shape() {
        return shape;
    }

    public int size() {
        return labels.length;
    }

    public double[] image(int i) {
        float[] src = images[i];
        double[] out = new double[src.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = src[j];
        }
        return out;
    }

    public int label(int i) {
        return labels[i];
    }

    /** The examples from index {@code from} on. */
    public Dataset tail(int from) {
        int f = Math.min(from, size());
        return new Dataset(shape, java.util.Arrays.copyOfRange(images, f, size()), java.util.Arrays.copyOfRange(labels, f, size()));
    }

    /** The first {@code n} examples. */
    public Dataset head(int n) {
        int m = Math.min(n, size());
        return new Dataset(shape, java.util.Arrays.copyOf(images, m), java.util.Arrays.copyOf(labels, m));
    }
}
