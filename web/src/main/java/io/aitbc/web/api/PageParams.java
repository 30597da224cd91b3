package io.aitbc.web.api;

import io.aitbc.domain.shared.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** ?page=0&size=20 on listing endpoints. */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(1_000_000)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(PageRequest.MAX_SIZE)
    public int size;

    public PageRequest toRequest() {
        return new PageRequest(page, size);
    }
}
