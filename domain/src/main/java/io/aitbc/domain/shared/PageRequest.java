package io.aitbc.domain.shared;

/** A page of a listing: zero-based page number and a bounded page size. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be in 1.." + MAX_SIZE + ", was " + size);
        }
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
