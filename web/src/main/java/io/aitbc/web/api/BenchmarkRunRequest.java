package io.aitbc.web.api;

import jakarta.validation.constraints.Min;

/** Body of POST /benchmarks/runs: one model (its owner or an admin), or none for every listed model (admin). */
public class BenchmarkRunRequest {

    @Min(1)
    public Long modelId;
}
