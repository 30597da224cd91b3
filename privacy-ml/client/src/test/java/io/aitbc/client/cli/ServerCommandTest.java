package io.aitbc.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServerCommandTest {

    private HttpServer server;

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/health", ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new AitbcCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void reportsAHealthyServer() throws IOException {
        String url = serve(200, """
                {"status":"UP","checks":[{"name":"database","status":"UP","data":{"vendor":"h2","schemaVersion":"1"}}]}""");
        Run r = run("server", "health", "--url", url + "/");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("healthy: "), r.out());
        assertTrue(r.out().contains("database: UP {vendor=h2, schemaVersion=1}"), r.out());
    }

    @Test
    void reportsAnUnhealthyServer() throws IOException {
        String url = serve(503, """
                {"status":"DOWN","checks":[{"name":"database","status":"DOWN","data":{}}]}""");
        Run r = run("server", "health", "--url", url);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("unhealthy") && r.out().contains("database: DOWN"), r.out());
    }

    @Test
    void failsClearlyWhenNothingAnswersHealth() throws IOException {
        String url = serve(404, "<html>not here</html>");
        Run r = run("server", "health", "--url", url);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("HTTP 404"), r.err());
        stop();
        Run gone = run("server", "health", "--url", url, "--timeout", "2");
        assertEquals(2, gone.exit());
        assertTrue(gone.err().startsWith("unreachable: "), gone.err());
    }

    @Test
    void printsItsVersion() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("aitbc "), r.out());
    }
}
