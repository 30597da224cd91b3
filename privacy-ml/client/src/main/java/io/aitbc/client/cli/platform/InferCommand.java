package io.aitbc.client.cli.platform;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.api.CommitmentSources;
import io.aitbc.client.api.FheRoundTrip;
import io.aitbc.client.api.HybridRoundTrip;
import io.aitbc.client.api.ModelRegistryReader;
import io.aitbc.client.api.Views;
import io.aitbc.client.cli.ApiCommand;
import io.aitbc.client.cli.product.JobProgress;
import io.aitbc.client.cli.product.ProgressBar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aitbc infer --model ID --input x.json --privacy fhe}: encrypted inference, end to end, with the secret
 * key and the plaintext staying on this machine. Prints the predicted class and the logits.
 */
@Command(name = "infer", mixinStandardHelpOptions = true,
        description = "Run a model on your input. fhe: keys generated and input encrypted here, evaluated encrypted on"
                + " the server, result decrypted here. hybrid: the same with a key proof and an input proof sent, and the"
                + " server's evaluation proof checked, before decrypting, against the model commitment of the marketplace"
                + " listing you chose (--listing) and/or of the on-chain ModelRegistry (--model-registry).")
public final class InferCommand extends ApiCommand {

    @Option(names = "--model", description = "Model id (hybrid: may be left out with --listing, which names it)")
    Long model;

    @Option(names = "--listing", description = "hybrid: the marketplace listing you chose; the model commitment the"
            + " evaluation proof must match is taken from it")
    Long listing;

    @Option(names = "--model-registry", description = "hybrid: address of the on-chain ModelRegistry to take the"
            + " model commitment from (with --rpc-url and --chain-id); with --listing both must agree")
    String modelRegistry;

    @Option(names = "--rpc-url", description = "hybrid: JSON-RPC endpoint of the chain holding --model-registry")
    java.net.URI rpcUrl;

    @Option(names = "--chain-id", description = "hybrid: the chain id --rpc-url must serve")
    Long chainId;

    @Option(names = "--registry-owner", description = "hybrid: the account that must have registered the model in"
            + " --model-registry (the registry gives an id to whoever registers it first)")
    String registryOwner;

    @Option(names = "--version", description = "Model version (default: the latest)")
    Integer version;

    @Option(names = "--input", required = true, description = "JSON file: the input as (nested) arrays of numbers")
    Path input;

    @Option(names = "--privacy", defaultValue = "fhe", description = "Privacy level: fhe, hybrid or zkml (zkml: the server sees the input and proves the output) (default ${DEFAULT-VALUE})")
    String privacy;

    @Option(names = "--no-verify", description = "hybrid: do not check the evaluation proof (verificationRequired=false);"
            + " the input proof is still made and checked")
    boolean noVerify;

    @Option(names = "--insecure-test-parameters", description = "hybrid: accept a server that runs INSECURE test-only"
            + " parameters (tests only)")
    boolean insecureTestParameters;

    @Option(names = "--circuit-cache", defaultValue = "${sys:user.home}/.cache/aitbc/hybrid-circuits",
            description = "hybrid: where downloaded circuits are kept (default ${DEFAULT-VALUE})")
    Path circuitCache;

    @Option(names = "--proof-dir", description = "zkml: also write proof.json, public.json, verification_key.json here")
    Path proofDir;

    @Option(names = "--timeout", defaultValue = "1800", description = "Seconds to wait for the job (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--keep-keys", description = "Keep the uploaded key set on the server afterwards")
    boolean keepKeys;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        String level = privacy.toLowerCase(Locale.ROOT);
        if (!"hybrid".equals(level) && (model == null || listing != null || modelRegistry != null)) {
            throw new IllegalArgumentException("--privacy " + level + " takes the model from --model; --listing and"
                    + " --model-registry apply to --privacy hybrid");
        }
        if ("zkml".equals(level)) {
            new ZkmlInference(api, ProgressBar.onStderr(err()), Duration.ofSeconds(timeoutSeconds))
                    .run(model, version, input, proofDir, out);
            return 0;
        }
        if (!"fhe".equals(level) && !"hybrid".equals(level)) {
            throw new IllegalArgumentException("this client runs --privacy fhe, hybrid or zkml; '" + privacy + "' is not supported here");
        }
        double[] x = JsonInputs.read(input);
        ProgressBar progress = ProgressBar.onStderr(err());
        FheRoundTrip.Listener listener = new FheRoundTrip.Listener() {
            @Override
            public void step(String description) {
                progress.finish(description); // a line of its own, below any bar
            }

            @Override
            public void job(Views.Job job) {
                JobProgress.show(progress, job);
            }
        };
        if ("hybrid".equals(level)) {
            runHybrid(api, out, x, listener, progress);
            return 0;
        }
        FheRoundTrip.Outcome o = new FheRoundTrip(api, listener, Duration.ofSeconds(timeoutSeconds),
                keepKeys).run(model, version, x);
        progress.finish("job " + o.jobId() + " " + o.job().status());
        out.println("model " + o.modelId() + " version " + o.version() + ", job " + o.jobId()
                + (o.job().restarts() > 0 ? " (resumed " + o.job().restarts() + "x)" : ""));
        out.println("class: " + o.predictedClass());
        StringBuilder logits = new StringBuilder("logits:");
        for (double v : o.logits()) {
            logits.append(' ').append(String.format(Locale.ROOT, "%.6f", v));
        }
        out.println(logits);
        return 0;
    }

    private void runHybrid(AitbcClient api, PrintWriter out, double[] x, FheRoundTrip.Listener listener, ProgressBar progress) {
        HybridRoundTrip.Outcome o = new HybridRoundTrip(api, listener, new HybridRoundTrip.Options(
                Duration.ofSeconds(timeoutSeconds), circuitCache, !noVerify, insecureTestParameters, keepKeys,
                commitmentSources())).run(model, version, x);
        progress.finish("job " + o.jobId() + " " + o.job().status());
        out.println("model " + o.modelId() + " version " + o.version() + ", job " + o.jobId() + " (hybrid)");
        out.println(o.verified() ? "evaluation proof: verified against commitment " + o.commitment() + " (" + o.source() + ")"
                : "evaluation proof: NOT checked (--no-verify)");
        out.println("class: " + o.predictedClass());
        StringBuilder quantized = new StringBuilder("quantized logits:");
        for (long v : o.logits()) {
            quantized.append(' ').append(v);
        }
        out.println(quantized);
        StringBuilder logits = new StringBuilder("logits:");
        for (double v : o.realLogits()) {
            logits.append(' ').append(String.format(Locale.ROOT, "%.6f", v));
        }
        out.println(logits);
        out.flush();
    }

    private CommitmentSources commitmentSources() {
        boolean chain = modelRegistry != null || rpcUrl != null || chainId != null || registryOwner != null;
        if (chain && (modelRegistry == null || rpcUrl == null || chainId == null)) {
            throw new IllegalArgumentException("the on-chain registry needs --model-registry, --rpc-url and --chain-id together"
                    + " (and optionally --registry-owner)");
        }
        return new CommitmentSources(Optional.ofNullable(listing),
                chain ? Optional.of(new ModelRegistryReader.Location(rpcUrl, chainId, modelRegistry,
                Optional.ofNullable(registryOwner))) : Optional.empty());
    }
}
