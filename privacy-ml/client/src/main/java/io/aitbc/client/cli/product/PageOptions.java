package io.aitbc.client.cli.product;

import io.aitbc.client.api.Paging;
import picocli.CommandLine.Option;

/** {@code --page} and {@code --size} of commands that list a page of results. */
public final class PageOptions {

    @Option(names = "--page", defaultValue = "0", description = "Page number, from 0 (default ${DEFAULT-VALUE})")
    int page;

    @Option(names = "--size", defaultValue = "20", description = "Results per page, at most 100 (default ${DEFAULT-VALUE})")
    int size;

    public Paging paging() {
        return new Paging(page, size);
    }
}
