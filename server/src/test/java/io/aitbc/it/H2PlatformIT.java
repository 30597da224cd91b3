package io.aitbc.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aitbc.server.AsadminException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The platform on its embedded default: H2 in a file of the data directory. */
class H2PlatformIT extends PlatformContract {

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.shared(PlatformServer.Database.H2);

    @Override
    PlatformServer platform() {
        return PLATFORM;
    }

    @Test
    @Order(200)
    void aFailedDeploymentStopsTheServerWithTheError() throws IOException {
        PLATFORM.server().stop();
        Path broken = brokenEar(Files.createTempDirectory(PlatformServer.workDir(), "broken"));
        AsadminException e = assertThrows(AsadminException.class, () -> PLATFORM.server().start(broken));
        assertTrue(e.getMessage().contains("deploy"), e.getMessage());
        assertFalse(PLATFORM.server().isAlive(), "no half-started server is left answering");
    }

    /** An EAR whose web module has a malformed deployment descriptor. */
    private static Path brokenEar(Path dir) throws IOException {
        Path ear = dir.resolve("broken.ear");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ear))) {
            put(zip, "META-INF/application.xml", """
                    <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                      <module><web><web-uri>broken.war</web-uri><context-root>/</context-root></web></module>
                    </application>""".getBytes(StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream war = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream w = new ZipOutputStream(war)) {
                put(w, "WEB-INF/web.xml", "<web-app><servlet>".getBytes(StandardCharsets.UTF_8));
            }
            put(zip, "broken.war", war.toByteArray());
        }
        return ear;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }
}
