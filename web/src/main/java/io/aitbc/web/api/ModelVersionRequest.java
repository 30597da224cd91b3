package io.aitbc.web.api;

import io.aitbc.service.models.ModelUpload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Base64;

/**
 * JSON body of POST /models/{id}/versions: the ONNX file as base64 and the FHE options. (Multipart uploads send
 * the file as part {@code onnx} and the options as JSON part {@code options}.)
 */
public class ModelVersionRequest extends FheOptionsBody {

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9+/]*={0,2}", message = "must be base64")
    public String onnxBase64;

    ModelUpload toUpload() {
        return new ModelUpload(Base64.getDecoder().decode(onnxBase64), toOptions());
    }
}
