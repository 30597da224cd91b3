package io.aitbc.client.cli;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.ApiException;
import io.aitbc.client.api.UntrustedResultException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Base of the commands that call the server's API through the SDK ({@link AitbcClient}). Refusals become one line on
 * stderr and an exit code: 0 done, 1 the server refused (its problem details are printed) or the work failed
 * (e.g. a job that failed, an invalid proof), 2 bad local input or the server unreachable, 3 the client refused a
 * result or a model commitment it cannot trust (e.g. an evaluation proof that does not verify).
 */
public abstract class ApiCommand implements Callable<Integer> {

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    protected ConnectionOptions connection;

    /** Does the work; returns the exit code. */
    protected abstract int run(AitbcClient api, PrintWriter out);

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(connection.client(), out);
        } catch (ApiException e) {
            err.println("aitbc: " + e.getMessage());
            return e.status() == 0 ? 2 : 1;
        } catch (UntrustedResultException e) {
            err.println("aitbc: REFUSED: " + e.getMessage());
            return 3;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("aitbc: " + e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The process's stderr, for progress bars and step lines. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
