package io.aitbc.service.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.security.SecureRandom;

/** Makes the server's {@link KeyManager} injectable, configured by {@link CryptoSettings#fromSystem()}. */
@ApplicationScoped
public class KeyManagerProducer {

    @Produces
    @ApplicationScoped
    KeyManager keyManager() {
        return CryptoSettings.fromSystem().keyManager(new SecureRandom());
    }
}
