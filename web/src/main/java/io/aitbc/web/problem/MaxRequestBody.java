package io.aitbc.web.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Raises (or lowers) the request body limit of one endpoint, e.g. for ciphertext or model uploads. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxRequestBody {
    /** The limit in bytes. */
    long value();
}
