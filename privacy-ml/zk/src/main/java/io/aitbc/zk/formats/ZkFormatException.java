package io.aitbc.zk.formats;

import java.io.IOException;

/** A file (zkey, ptau, r1cs, wtns, JSON) is malformed, truncated, or holds invalid values. */
public class ZkFormatException extends IOException {

    public ZkFormatException(String message) {
        super(message);
    }

    public ZkFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
