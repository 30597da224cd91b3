package io.aitbc.client.cli.fhe;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

/** Base of the fhe subcommands: bad input (files, keys, parameters) ends with a one-line error and exit code 2. */
abstract class FheSubcommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    abstract int execute();
}
