package io.aitbc.service.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
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

    /** Bouncy Castle's DER key parsers: PublicKeyFactory::createKey or PrivateKeyFactory::createKey. */
    interface KeyParser {
        AsymmetricKeyParameter parse(byte[] der) throws IOException;
    }

    /**
     * The key of the first PEM block, which must be of the given PEM type and key class.
     *
     * @param kind "public" or "private", for messages
     */
    static <K extends AsymmetricKeyParameter> K decodeKey(String pem, String pemType, KeyParser parser, Class<K> expected, String kind) {
        byte[] der = decode(pem, pemType);
        AsymmetricKeyParameter key;
        try {
            key = parser.parse(der);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("PEM does not hold a readable " + kind + " key");
        } finally {
            java.util.Arrays.fill(der, (byte) 0);
        }
        if (!expected.isInstance(key)) {
            String algorithm = key.getClass().getSimpleName().replace("PublicKeyParameters", "").replace("PrivateKeyParameters", "");
            throw new IllegalArgumentException("PEM holds a " + algorithm + " " + kind + " key, expected X25519");
        }
        return expected.cast(key);
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
