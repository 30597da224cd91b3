package io.aitbc.service.keys;

import io.aitbc.domain.keys.KeySet;
import java.time.Instant;
import java.util.Locale;

/**
 * An uploaded key set as its owner sees it (the key bytes are not served back).
 *
 * @param parameterSet the FHE parameter-set id (hex SHA-256) the keys belong to
 * @param sha256       SHA-256 (hex) over public key then evaluation keys, to check what was stored
 */
public record KeySetView(long id, String owner, String scheme, String parameterSet, long publicKeyBytes,
                         long evaluationKeyBytes, String sha256, Instant createdAt) {

    static KeySetView of(KeySet k) {
        return new KeySetView(k.id(), k.owner(), k.scheme().name().toLowerCase(Locale.ROOT), k.parameterSet(),
                k.publicKeySize(), k.evaluationKeysSize(), k.sha256(), k.createdAt());
    }
}
