package io.aitbc.marketplace.chain;

import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where and as whom the platform talks to the chain. Comes from the server's configuration, never from the
 * repository; {@link #toString()} never shows the key.
 *
 * @param rpcUrl           JSON-RPC endpoint (http or https)
 * @param chainId          the chain the platform means to use; a node serving another one is refused
 * @param signer           the operator account's key
 * @param receiptWait      how long to wait for a transaction to be mined
 * @param receiptVerifier  address of the deployed ZKReceiptVerifier, if any
 * @param modelRegistry    address of the deployed ModelRegistry, if any
 */
public record ChainSettings(URI rpcUrl, long chainId, Credentials signer, Duration receiptWait,
                            Optional<String> receiptVerifier, Optional<String> modelRegistry) {

    /** Configuration keys (MicroProfile Config names; environment variables AITBC_CHAIN_RPC_URL etc. map to them). */
    public static final String RPC_URL = "aitbc.chain.rpc-url";
    public static final String CHAIN_ID = "aitbc.chain.chain-id";
    /** A file holding the operator's private key as hex; must not be readable by group or others. */
    public static final String SIGNING_KEY_FILE = "aitbc.chain.signing-key-file";
    /** The operator's private key as hex, for secret stores that inject values (prefer the file). */
    public static final String SIGNING_KEY = "aitbc.chain.signing-key";
    public static final String RECEIPT_WAIT_SECONDS = "aitbc.chain.receipt-wait-seconds";
    public static final String RECEIPT_VERIFIER = "aitbc.chain.receipt-verifier";
    public static final String MODEL_REGISTRY = "aitbc.chain.model-registry";

    private static final Duration DEFAULT_RECEIPT_WAIT = Duration.ofMinutes(2);

    public ChainSettings {
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(receiptWait, "receiptWait");
        if (!"http".equals(rpcUrl.getScheme()) && !"https".equals(rpcUrl.getScheme())) {
            throw new IllegalArgumentException(RPC_URL + " must be an http(s) URL, got " + rpcUrl);
        }
        if (chainId <= 0) throw new IllegalArgumentException(CHAIN_ID + " must be positive, got " + chainId);
        if (receiptWait.isNegative() || receiptWait.isZero()) throw new IllegalArgumentException("receiptWait must be positive");
        receiptVerifier = receiptVerifier.map(a -> address(a, RECEIPT_VERIFIER));
        modelRegistry = modelRegistry.map(a -> address(a, MODEL_REGISTRY));
    }

    /**
     * Reads the settings from a configuration lookup, e.g. MicroProfile Config's {@code config::getOptionalValue}
     * with String.class.
     *
     * @throws IllegalArgumentException naming the key that is missing or invalid (the key's value is never shown)
     */
    public static ChainSettings fromConfig(Function<String, Optional<String>> config) {
        URI rpc = URI.create(required(config, RPC_URL));
        long chainId;
        try {
            chainId = Long.parseLong(required(config, CHAIN_ID).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CHAIN_ID + " is not a number", e);
        }
        Credentials signer = signer(config);
        Duration wait = config.apply(RECEIPT_WAIT_SECONDS).map(s -> Duration.ofSeconds(Long.parseLong(s.trim())))
                .orElse(DEFAULT_RECEIPT_WAIT);
        return new ChainSettings(rpc, chainId, signer, wait, config.apply(RECEIPT_VERIFIER), config.apply(MODEL_REGISTRY));
    }

    public ChainSettings withContracts(String receiptVerifierAddress, String modelRegistryAddress) {
        return new ChainSettings(rpcUrl, chainId, signer, receiptWait, Optional.of(receiptVerifierAddress),
                Optional.of(modelRegistryAddress));
    }

    @Override
    public String toString() {
        return "ChainSettings[rpcUrl=" + rpcUrl + ", chainId=" + chainId + ", signer=" + signer.getAddress()
                + ", receiptWait=" + receiptWait + ", receiptVerifier=" + receiptVerifier.orElse("-")
                + ", modelRegistry=" + modelRegistry.orElse("-") + "]";
    }

    private static Credentials signer(Function<String, Optional<String>> config) {
        Optional<String> file = config.apply(SIGNING_KEY_FILE);
        Optional<String> inline = config.apply(SIGNING_KEY);
        if (file.isPresent() == inline.isPresent()) {
            throw new IllegalArgumentException("configure exactly one of " + SIGNING_KEY_FILE + " and " + SIGNING_KEY);
        }
        String hex = file.isPresent() ? readKeyFile(Path.of(file.get())) : inline.get();
        hex = hex.trim();
        if (!WalletUtils.isValidPrivateKey(hex)) {
            throw new IllegalArgumentException((file.isPresent() ? SIGNING_KEY_FILE : SIGNING_KEY)
                    + " does not hold a 32-byte hex private key");
        }
        return Credentials.create(hex);
    }

    private static String readKeyFile(Path path) {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new IllegalArgumentException(SIGNING_KEY_FILE + " " + path
                            + " is readable by group or others: make it owner-only (chmod 600)");
                }
            }
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException(SIGNING_KEY_FILE + " " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String required(Function<String, Optional<String>> config, String key) {
        return config.apply(key).filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("missing configuration " + key));
    }

    private static String address(String value, String key) {
        if (!WalletUtils.isValidAddress(value)) throw new IllegalArgumentException(key + " is not an address: " + value);
        return value;
    }
}
