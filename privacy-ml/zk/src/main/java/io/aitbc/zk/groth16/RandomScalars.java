package io.aitbc.zk.groth16;

import io.aitbc.zk.bn254.Fr;
import java.math.BigInteger;
import java.security.SecureRandom;

/** Secret scalars: proof blinding (r, s), toxic waste (tau, alpha, beta, delta). */
final class RandomScalars {

    private RandomScalars() {
    }

    /** Uniform in Fr up to a 2^-64 bias (320 random bits reduced). */
    static Fr uniform(SecureRandom random) {
        return Fr.of(new BigInteger(320, random));
    }

    static Fr nonZero(SecureRandom random) {
        Fr x;
        do {
            x = uniform(random);
        } while (x.isZero());
        return x;
    }
}
