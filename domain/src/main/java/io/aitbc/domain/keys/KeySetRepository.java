package io.aitbc.domain.keys;

import java.util.List;
import java.util.Optional;

/** Consumers' uploaded public and evaluation keys. */
public interface KeySetRepository {

    KeySet store(KeySet keySet);

    Optional<KeySet> find(long id);

    List<KeySet> listByOwner(String owner);

    void remove(KeySet keySet);
}
