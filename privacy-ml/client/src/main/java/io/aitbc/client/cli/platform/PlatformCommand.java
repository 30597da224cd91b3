package io.aitbc.client.cli.platform;

import io.aitbc.client.api.ApiException;
import io.aitbc.client.api.UntrustedResultException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Base of the commands that talk to a server: runs the work and turns refusals into one line on stderr and an
 * exit code (1: the server refused, with its problem detail; 2: bad local input or the server unreachable; 3: the
 * client refused a result or a model commitment it cannot trust, e.g. an evaluation proof that does not verify).
 */
abstract class PlatformCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ConnectionOptions connection;

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            run(spec.commandLine().getOut());
            return 0;
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
            err.flush();
        }
    }

    abstract void run(PrintWriter out);
}
