package io.aitbc.server;

/** An asadmin command failed; the message carries the command's own output (for a deployment, the error). */
public final class AsadminException extends RuntimeException {

    private final String output;

    public AsadminException(String command, int exitCode, String output) {
        super("asadmin " + command + " failed (exit " + exitCode + "):\n" + output.strip());
        this.output = output;
    }

    public String output() {
        return output;
    }
}
