package io.aitbc.service.crypto;

/** One point (x, y) of a byte-wise Shamir sharing: x in 1..255, y as long as the secret. */
record ShamirShare(int x, byte[] y) {

    ShamirShare {
        if (x < 1 || x > 255) {
            throw new IllegalArgumentException("share x-coordinate must be 1..255, got " + x);
        }
        y = y.clone();
    }

    @Override
    public byte[] y() {
        return y.clone();
    }

    @Override
    public String toString() {
        return "ShamirShare[x=" + x + "]";
    }
}
