package io.aitbc.web.api;

import io.aitbc.domain.model.Model;
import io.aitbc.service.models.ModelDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST/PUT /models. */
public class ModelRequest {

    // A class with public fields, not a record: Payara's OpenAPI generator fails on Bean Validation
    // annotations of record components (it sees them on the canonical constructor's parameters).

    @NotBlank @Size(max = Model.MAX_NAME)
    public String name;
    @Size(max = Model.MAX_DESCRIPTION)
    public String description;

    ModelDraft toDraft() {
        return new ModelDraft(name, description);
    }
}
