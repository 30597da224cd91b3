package io.aitbc.service.crypto;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;

/**
 * An X25519 private key with its public key and id: what a recipient or escrow agent holds to open what
 * was sealed to it. Serialized as the raw 32-byte scalar or as unencrypted PKCS#8 PEM (RFC 8410),
 * interchangeable with {@code openssl genpkey -algorithm X25519}; protect the file like any private key.
 */
public final class X25519KeyPair {

    static final String PEM_TYPE = "PRIVATE KEY";

    private final X25519PrivateKeyParameters privateKey;
    private final X25519PublicKey publicKey;

    private X25519KeyPair(KeyId id, X25519PrivateKeyParameters privateKey) {
        this.privateKey = privateKey;
        this.publicKey = new X25519PublicKey(id, privateKey.generatePublicKey());
    }

    public static X25519KeyPair generate(KeyId id, SecureRandom random) {
        return new X25519KeyPair(id, new X25519PrivateKeyParameters(random));
    }

    public static X25519KeyPair fromRawPrivateKey(KeyId id, byte[] scalar) {
        if (scalar == null || scalar.length != X25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("an X25519 private key is " + X25519PrivateKeyParameters.KEY_SIZE + " bytes");
        }
        return new X25519KeyPair(id, new X25519PrivateKeyParameters(scalar, 0));
    }

    public static X25519KeyPair fromPem(KeyId id, String pem) {
        return new X25519KeyPair(id, Pem.decodeKey(pem, PEM_TYPE, PrivateKeyFactory::createKey, X25519PrivateKeyParameters.class, "private"));
    }

    public KeyId id() {
        return publicKey.id();
    }

    public X25519PublicKey publicKey() {
        return publicKey;
    }

    /** The raw private scalar; the caller should wipe it after use. */
    public byte[] rawPrivateKey() {
        return privateKey.getEncoded();
    }

    public String privateKeyPem() {
        try {
            // Version 1 PKCS#8 without the optional public key: the exact form OpenSSL writes and every reader accepts.
            AlgorithmIdentifier x25519 = PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getPrivateKeyAlgorithm();
            PrivateKeyInfo info = new PrivateKeyInfo(x25519, new DEROctetString(privateKey.getEncoded()));
            return Pem.encode(PEM_TYPE, info.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode X25519 private key", e);
        }
    }

    AsymmetricCipherKeyPair asBouncyCastle() {
        return new AsymmetricCipherKeyPair(publicKey.parameters(), privateKey);
    }

    @Override
    public String toString() {
        return "X25519KeyPair[id=" + id() + "]";
    }
}
