package io.aitbc.web.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/** {@code ?modelId=&benchmark=&page=&size=} on GET /benchmarks. */
public class BenchmarkQuery extends PageParams {

    @QueryParam("modelId")
    @Min(1)
    public Long modelId;

    @QueryParam("benchmark")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}")
    public String benchmark;
}
