package io.aitbc.web.api;

import io.aitbc.domain.shared.Page;
import java.util.List;

/** A page of results in API responses. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <T> PageResponse<T> of(Page<T> p) {
        return new PageResponse<>(p.items(), p.total(), p.request().page(), p.request().size());
    }
}
