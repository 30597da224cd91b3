package io.aitbc.client.cli.product;

import picocli.CommandLine.Option;

/** {@code --json}: print the server's JSON instead of a table. */
public final class OutputFormat {

    @Option(names = "--json", description = "Print the server's JSON instead of a table")
    boolean json;

    public boolean json() {
        return json;
    }
}
