package io.aitbc.web.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** ?owner=<subject>&page=&size= on GET /models. */
public class ModelQuery extends PageParams {

    // Query parameters are fields of bean params, not annotated method parameters: Payara's OpenAPI
    // generator fails on Bean Validation annotations of method parameters.
    @QueryParam("owner")
    @Size(max = 255)
    public String owner;
}
