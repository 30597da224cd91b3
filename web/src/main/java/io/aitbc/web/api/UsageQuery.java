package io.aitbc.web.api;

import io.aitbc.domain.billing.UsageRepository.Party;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?as=consumer|owner|all&page=&size=} on GET /marketplace/usage. */
public class UsageQuery extends PageParams {

    @QueryParam("as")
    @DefaultValue("consumer")
    @Pattern(regexp = "consumer|owner|all")
    public String as;

    Party party() {
        return switch (as) {
            case "owner" -> Party.MODEL_OWNER;
            case "all" -> Party.ANY;
            default -> Party.CONSUMER;
        };
    }
}
