package io.aitbc.service.models;

import static io.aitbc.domain.shared.InvalidRequestException.unlessRejected;

import io.aitbc.domain.shared.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

@Stateless
// Importing, quantizing and compiling take seconds to minutes: done outside any transaction, so that no
// database connection or transaction timeout is held by them. Only the final store is transactional.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultModelRegistrationService implements ModelRegistrationService {

    @EJB
    ModelVersionStore store;

    @Override
    public ModelVersionView registerVersion(Caller caller, long modelId, ModelUpload upload) {
        store.requireEditable(caller, modelId); // fail fast, before the expensive part
        byte[] onnx = upload.onnx();
        ModelAnalysis.Result analysis = unlessRejected(() -> ModelAnalysis.of(onnx, upload.fhe()));
        return store.addVersion(caller, modelId, onnx, analysis);
    }
}
