package io.aitbc.domain.shared;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of matches. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total, request);
    }
}
