package io.aitbc.service.models;

import io.aitbc.domain.model.ModelContent.FheSupport;
import io.aitbc.domain.shared.UnprocessableException;
import io.aitbc.model.commit.ArchitectureJson;
import io.aitbc.model.commit.ZkmlCommitments;
import io.aitbc.model.fhe.CompiledFheModel;
import io.aitbc.model.fhe.FheCompilationException;
import io.aitbc.model.fhe.FheCompileOptions;
import io.aitbc.model.fhe.FheCompiler;
import io.aitbc.model.fhe.FheInputException;
import io.aitbc.model.ir.Model;
import io.aitbc.model.onnx.OnnxImportException;
import io.aitbc.model.onnx.OnnxImporter;
import io.aitbc.model.onnx.UnsupportedOperatorException;
import io.aitbc.model.quant.QuantizedModel;
import io.aitbc.model.quant.Quantizer;
import io.aitbc.model.train.ModelZoo;

/**
 * What registration computes from an ONNX file, before anything is stored: the model (IR), its zkML facts
 * (canonical architecture, archHash, Poseidon commitment of the quantized weights) and its FHE profile. A
 * model that works under only one of FHE and zkML is registered with the reason the other is unavailable;
 * one that works under neither, or a file that is not a usable ONNX model, is refused (422).
 */
public final class ModelAnalysis {

    /** The result. {@code commitment}/{@code archHash} are null when {@code zkmlUnavailable} says why. */
    public record Result(Model model, String architectureJson, String archHash, String commitment, String zkmlUnavailable,
                  FheSupport fhe) {
    }

    private ModelAnalysis() {
    }

    static Result of(byte[] onnx, FheRegistrationOptions options) {
        Model model = importOnnx(onnx);
        QuantizedModel quantized = null;
        String zkmlUnavailable = null;
        try {
            quantized = Quantizer.quantize(model, ModelZoo.QUANTIZATION);
        } catch (RuntimeException e) { // range or layer kinds the fixed-point spec does not cover
            zkmlUnavailable = "the model cannot be quantized for zkML: " + e.getMessage();
        }
        FheSupport fhe = compile(model, options);
        if (quantized == null && fhe.profileJson() == null) {
            throw new UnprocessableException("the model can run neither under FHE (" + fhe.unavailableReason()
                    + ") nor under zkML (" + zkmlUnavailable + ")");
        }
        if (quantized == null) {
            return new Result(model, ArchitectureSummary.of(model), null, null, zkmlUnavailable, fhe);
        }
        return new Result(model, ArchitectureJson.canonical(quantized), ArchitectureJson.archHash(quantized).toString(),
                ZkmlCommitments.modelCommitment(quantized).toString(), null, fhe);
    }

    static Model importOnnx(byte[] onnx) {
        try {
            return OnnxImporter.read(onnx);
        } catch (UnsupportedOperatorException e) {
            throw new UnprocessableException("the model uses ONNX operators the platform does not support: "
                    + String.join(", ", e.operators()) + " (" + e.getMessage() + ")");
        } catch (OnnxImportException e) {
            throw new UnprocessableException("the file cannot be imported as an ONNX model: " + e.getMessage());
        }
    }

    private static FheSupport compile(Model model, FheRegistrationOptions options) {
        FheCompileOptions compile = FheCompileOptions.defaults()
                .allowApproximations(options.allowApproximateActivations())
                .withCalibration(options.calibrationInputs(), options.calibrationLabels());
        if (options.parameterSet() != null) {
            compile = compile.withParameterSet(options.parameterSet());
        }
        try {
            CompiledFheModel compiled = FheCompiler.compile(model, compile);
            return FheSupport.available(compiled.profile().parameters().name(), compiled.profile().toJson());
        } catch (FheInputException e) { // calibration data of the wrong shape: the owner's mistake, not the model's
            throw new UnprocessableException("the calibration inputs do not fit the model: " + e.getMessage());
        } catch (FheCompilationException e) {
            return FheSupport.unavailable(e.getMessage());
        } catch (IllegalArgumentException e) { // e.g. an unknown parameter set name
            throw new UnprocessableException("the model cannot be compiled for FHE as asked: " + e.getMessage());
        }
    }
}
