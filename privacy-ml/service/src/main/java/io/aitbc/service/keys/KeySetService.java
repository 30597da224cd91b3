package io.aitbc.service.keys;

import io.aitbc.domain.shared.Caller;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Consumers' FHE key sets: public key + evaluation keys uploaded for a model's FHE profile, checked before they
 * are stored (format: 400; parameter set of another profile, keys of two different secret keys, missing
 * rotation or relinearization keys: 422). Tenant isolation: a consumer sees and uses only its own key sets;
 * another's is reported as missing (404). The server never holds a secret key.
 */
@Local
public interface KeySetService {

    /**
     * Checks the keys against the model version's FHE profile and stores them for the caller.
     *
     * @param versionNumber the model version whose profile the keys were generated for, or null for the latest
     */
    KeySetView upload(Caller consumer, long modelId, Integer versionNumber, KeyUpload keys);

    /** The caller's key sets, oldest first. */
    List<KeySetView> list(Caller caller);

    KeySetView get(Caller caller, long keySetId);

    /** Deletes a key set; refused (409) while queued or running jobs use it. Finished jobs keep their results. */
    void delete(Caller caller, long keySetId);
}
