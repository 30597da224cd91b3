package io.aitbc.client.cli.product;

import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that calls the server's API. Exit codes: 0 done, 1 the server refused (the problem details are
 * printed), 2 the server could not be reached or the token read.
 */
abstract class ApiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = "--json", description = "Print the server's JSON instead of a table")
    boolean json;

    abstract int run(ApiClient api, PrintWriter out) throws IOException, ApiException;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(server.client(), spec.commandLine().getOut());
        } catch (ApiException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot reach " + server.url() + ": " + e.getMessage());
            return 2;
        }
    }
}
