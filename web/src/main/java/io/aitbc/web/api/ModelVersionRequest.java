package io.aitbc.web.api;

import io.aitbc.domain.model.ModelContent;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Base64;

/**
 * Body of POST /models/{id}/versions: the architecture JSON and either the ONNX file (base64) or a
 * reference (URI) to it; the commitment (a decimal field element) and FHE parameter set are optional.
 */
public class ModelVersionRequest {

    // A class with public fields, not a record: Payara's OpenAPI generator fails on Bean Validation
    // annotations of record components (it sees them on the canonical constructor's parameters).

    @NotBlank @Size(max = 1_000_000)
    public String architectureJson;
    @Pattern(regexp = "[A-Za-z0-9+/]*={0,2}", message = "must be base64")
    public String onnxBase64;
    @Size(max = 1000)
    public String onnxReference;
    @Pattern(regexp = "[0-9]{1,78}", message = "must be a decimal field element")
    public String commitment;
    @Size(max = 100)
    public String fheParameterSet;

    @AssertTrue(message = "give either onnxBase64 or onnxReference")
    public boolean isOnnxGivenOnce() {
        return (onnxBase64 == null) != (onnxReference == null);
    }

    ModelContent toContent() {
        byte[] onnx = onnxBase64 == null ? null : Base64.getDecoder().decode(onnxBase64);
        return new ModelContent(architectureJson, onnx, onnxReference, commitment, fheParameterSet);
    }
}
