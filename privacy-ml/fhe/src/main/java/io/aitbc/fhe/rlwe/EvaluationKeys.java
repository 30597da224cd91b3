package io.aitbc.fhe.rlwe;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The public evaluation keys a server needs: relinearization and Galois keys, all of one parameter set. */
public final class EvaluationKeys {

    private final SchemeParameters params;
    private final KeyId keyId;
    private final RelinearizationKey relinearization;
    private final Map<Long, GaloisKey> galois;

    public EvaluationKeys(SchemeParameters params, KeyId keyId, RelinearizationKey relinearization, Iterable<GaloisKey> galoisKeys) {
        this.params = params;
        this.keyId = keyId;
        this.relinearization = relinearization;
        if (relinearization != null) {
            ParameterMismatchException.requireSame(params, relinearization.key().params(), "relinearization key");
            KeyId.requireSame(keyId, relinearization.key().keyId(), "relinearization key");
        }
        Map<Long, GaloisKey> m = new TreeMap<>();
        for (GaloisKey g : galoisKeys) {
            ParameterMismatchException.requireSame(params, g.key().params(), "Galois key");
            KeyId.requireSame(keyId, g.key().keyId(), "Galois key");
            m.put(g.galoisElement(), g);
        }
        this.galois = Collections.unmodifiableMap(m);
    }

    public SchemeParameters params() { return params; }

    public KeyId keyId() { return keyId; }

    public boolean hasRelinearizationKey() { return relinearization != null; }

    public RelinearizationKey relinearizationKey() {
        if (relinearization == null) throw new MissingKeyException("no relinearization key was provided");
        return relinearization;
    }

    public Map<Long, GaloisKey> galoisKeys() { return galois; }

    public boolean hasGaloisKey(long galoisElement) { return galois.containsKey(galoisElement); }

    public GaloisKey galoisKey(long galoisElement, String purpose) {
        GaloisKey k = galois.get(galoisElement);
        if (k == null) {
            throw new MissingKeyException("no Galois key for " + purpose + " (Galois element " + galoisElement
                    + "); generate it with the consumer's secret key");
        }
        return k;
    }
}
