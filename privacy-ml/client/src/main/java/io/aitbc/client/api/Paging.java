package io.aitbc.client.api;

/** Which page of a listing to fetch: {@code page} from 0, {@code size} results per page (the server allows 1..100). */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public Paging {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("need page >= 0 and 1 <= size <= " + MAX_SIZE + ", got page " + page + ", size " + size);
        }
    }

    /** The first page of {@code size} results. */
    public static Paging first(int size) {
        return new Paging(0, size);
    }
}
