package io.aitbc.client.cli.zk;

/** Shared error handling of the ZK commands: a clear one-line error and exit code 1, no stack trace. */
final class ZkCli {

    interface Action {
        void run() throws Exception;
    }

    private ZkCli() {
    }

    static int run(Action action) {
        try {
            action.run();
            return 0;
        } catch (Exception e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
