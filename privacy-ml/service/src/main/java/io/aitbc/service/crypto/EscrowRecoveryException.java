package io.aitbc.service.crypto;

/** Escrowed key recovery failed: too few valid shares, or a share that fails its integrity check. */
public class EscrowRecoveryException extends EncryptionException {

    public EscrowRecoveryException(String message) {
        super(message);
    }
}
