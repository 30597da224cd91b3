package io.aitbc.client.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A multipart/form-data body (RFC 7578) built in memory: named binary and JSON parts. */
final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.boundary = "aitbc-" + HexFormat.of().formatHex(random);
    }

    Multipart file(String name, String fileName, byte[] content) {
        return part(name, "; filename=\"" + fileName + "\"", "application/octet-stream", content);
    }

    Multipart json(String name, String json) {
        return part(name, "", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Multipart part(String name, String extra, String type, byte[] content) {
        ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" + extra
                + "\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] toByteArray() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        copy.writeBytes(body.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    private void ascii(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
