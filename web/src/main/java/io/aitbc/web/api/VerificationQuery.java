package io.aitbc.web.api;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** {@code ?modelId=&page=&size=} on GET /marketplace/verifications. */
public class VerificationQuery extends PageParams {

    @QueryParam("modelId")
    @Min(1)
    public Long modelId;
}
