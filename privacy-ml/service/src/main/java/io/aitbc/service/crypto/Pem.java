package io.aitbc.service.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM armour (RFC 7468) through Bouncy Castle's reader and writer. */
final class Pem {

    private Pem() {
    }

    static String encode(String type, byte[] der) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return text.toString();
    }

    /** The DER content of the first PEM block, which must be of the given type. */
    static byte[] decode(String pem, String expectedType) {
        if (pem == null) {
            throw new IllegalArgumentException("no PEM text given");
        }
        PemObject object;
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            object = reader.readPemObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed PEM: " + e.getMessage());
        }
        if (object == null) {
            throw new IllegalArgumentException("no PEM block found (expected -----BEGIN " + expectedType + "-----)");
        }
        if (!expectedType.equals(object.getType())) {
            throw new IllegalArgumentException("PEM block is '" + object.getType() + "', expected '" + expectedType + "'");
        }
        return object.getContent();
    }
}
