package io.aitbc.web.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** ?q=<text>&page=&size= on GET /marketplace/listings. */
public class ListingQuery extends PageParams {

    @QueryParam("q")
    @Size(max = 200)
    public String q;
}
