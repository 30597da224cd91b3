package io.aitbc.console;

import io.aitbc.marketplace.chain.ChainSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The optional on-chain anchoring configuration as the console shows it: whether it is configured and valid,
 * the RPC URL, chain id, operator address and contract addresses; never the signing key.
 */
@ApplicationScoped
public class ChainStatus {

    Map<String, Object> describe() {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> status = new LinkedHashMap<>();
        if (config.getOptionalValue(ChainSettings.RPC_URL, String.class).isEmpty()) {
            status.put("configured", false);
            status.put("detail", "on-chain anchoring is off (" + ChainSettings.RPC_URL + " is not set)");
            return status;
        }
        try {
            ChainSettings s = ChainSettings.fromConfig(key -> config.getOptionalValue(key, String.class));
            status.put("configured", true);
            status.put("rpcUrl", s.rpcUrl().toString());
            status.put("chainId", s.chainId());
            status.put("operator", s.signer().getAddress());
            status.put("receiptVerifier", s.receiptVerifier().orElse(null));
            status.put("modelRegistry", s.modelRegistry().orElse(null));
        } catch (IllegalArgumentException e) {
            status.put("configured", false);
            status.put("detail", "invalid chain configuration: " + e.getMessage()); // names the key, never its value
        }
        return status;
    }
}
