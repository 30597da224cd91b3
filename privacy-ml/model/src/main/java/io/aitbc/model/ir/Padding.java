package io.aitbc.model.ir;

/** Zero padding of an image, in ONNX order (begin then end of the height and width axes). */
public record Padding(int top, int left, int bottom, int right) {

    public static final Padding NONE = new Padding(0, 0, 0, 0);

    public Padding {
        if (top < 0 || left < 0 || bottom < 0 || right < 0) {
            throw new IllegalArgumentException("padding must be non-negative: " + top + "," + left + "," + bottom + "," + right);
        }
    }

    public static Padding same(int p) {
        return new Padding(p, p, p, p);
    }

    public boolean isNone() {
        return equals(NONE);
    }
}
