package io.aitbc.client.api;

import io.aitbc.contracts.generated.ModelRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.web3j.crypto.Hash;
import org.web3j.crypto.WalletUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * Reads model commitments from the contracts module's ModelRegistry with read-only calls (no key, no gas), after
 * checking that the node serves the expected chain. A platform model's on-chain id is keccak256 of its decimal id
 * (as {@code io.aitbc.marketplace.chain.ModelVersionRecord#onChainId}); on-chain version k is platform version k.
 */
public final class ModelRegistryReader implements AutoCloseable {

    /**
     * Where the registry is.
     *
     * @param rpcUrl   JSON-RPC endpoint (http or https)
     * @param chainId  the chain the consumer trusts; a node serving another one is refused
     * @param registry address of the ModelRegistry contract
     * @param owner    the address the consumer expects to have registered the model there (anyone may register an
     *                 id first), or empty to accept any registrant
     */
    public record Location(URI rpcUrl, long chainId, String registry, Optional<String> owner) {
        public Location {
            Objects.requireNonNull(rpcUrl, "rpcUrl");
            if (!"http".equals(rpcUrl.getScheme()) && !"https".equals(rpcUrl.getScheme())) {
                throw new IllegalArgumentException("the chain's RPC URL must be http(s), got " + rpcUrl);
            }
            if (chainId <= 0) throw new IllegalArgumentException("chain id must be positive, got " + chainId);
            if (registry == null || !WalletUtils.isValidAddress(registry)) {
                throw new IllegalArgumentException("not a contract address: " + registry);
            }
            owner.filter(o -> !WalletUtils.isValidAddress(o)).ifPresent(o -> {
                throw new IllegalArgumentException("not an account address: " + o);
            });
            owner = owner.map(o -> o.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "ModelRegistry " + registry + " on chain " + chainId + owner.map(o -> " registered by " + o).orElse("");
        }
    }

    private final Location location;
    private final Web3j web3j;
    private final ModelRegistry registry;

    private ModelRegistryReader(Location location, Web3j web3j) {
        this.location = location;
        this.web3j = web3j;
        this.registry = ModelRegistry.load(location.registry(), web3j,
                new ReadonlyTransactionManager(web3j, "0x" + "0".repeat(40)), new DefaultGasProvider());
    }

    /** Connects and checks the chain id. */
    public static ModelRegistryReader connect(Location location) {
        Web3j web3j = Web3j.build(new HttpService(location.rpcUrl().toString()));
        try {
            long actual = web3j.ethChainId().send().getChainId().longValueExact();
            if (actual != location.chainId()) {
                throw new UntrustedResultException(location.rpcUrl() + " serves chain id " + actual + ", not "
                        + location.chainId() + ": refusing its registry");
            }
            return new ModelRegistryReader(location, web3j);
        } catch (IOException | RuntimeException e) {
            web3j.shutdown();
            if (e instanceof UntrustedResultException u) throw u;
            throw new ApiException(0, "unreachable", "chain " + location.rpcUrl() + ": " + e.getMessage());
        }
    }

    public Location location() {
        return location;
    }

    /** The platform model's on-chain id. */
    public static byte[] onChainId(long modelId) {
        return Hash.sha3(Long.toString(modelId).getBytes(StandardCharsets.UTF_8));
    }

    /** The latest version the registry holds for the model. */
    public int latestVersion(long modelId) {
        return read(modelId, "its latest version", () -> registry.latestVersion(onChainId(modelId)).send()).intValueExact();
    }

    /**
     * Refuses the model unless the expected owner (if any) registered it: the registry gives an id to whoever
     * registers it first.
     */
    public void requireExpectedOwner(long modelId) {
        if (location.owner().isEmpty()) return;
        String actual = read(modelId, "owner", () -> registry.modelOwner(onChainId(modelId)).send()).toLowerCase(Locale.ROOT);
        if (!actual.equals(location.owner().get())) {
            throw new UntrustedResultException("model " + modelId + " is registered in " + location.registry() + " by "
                    + actual + ", not by the expected owner " + location.owner().get() + "; refusing its commitment");
        }
    }

    /** The commitment the registry holds for the model's version. */
    public BigInteger commitment(long modelId, int version) {
        return read(modelId, "version " + version,
                () -> registry.modelVersion(onChainId(modelId), BigInteger.valueOf(version)).send().component1());
    }

    private interface Call<T> {
        T send() throws Exception;
    }

    private <T> T read(long modelId, String what, Call<T> call) {
        try {
            return call.send();
        } catch (IOException e) {
            throw new ApiException(0, "unreachable", "chain " + location.rpcUrl() + ": " + e.getMessage());
        } catch (Exception e) { // a reverted call: UnknownModel / UnknownVersion
            throw new UntrustedResultException(location + " holds no " + what + " of model " + modelId + " (on-chain id 0x"
                    + java.util.HexFormat.of().formatHex(onChainId(modelId)) + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
