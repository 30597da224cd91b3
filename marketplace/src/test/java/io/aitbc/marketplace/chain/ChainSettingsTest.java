package io.aitbc.marketplace.chain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainSettingsTest {
    /** A throwaway key made up for this test; it controls nothing. */
    private static final String KEY = "0x" + "11".repeat(32);

    private static ChainSettings read(Map<String, String> config) {
        return ChainSettings.fromConfig(k -> Optional.ofNullable(config.get(k)));
    }

    @Test
    void readsEverythingFromConfigurationAndNeverPrintsTheKey() {
        ChainSettings s = read(Map.of(ChainSettings.RPC_URL, "http://127.0.0.1:8545", ChainSettings.CHAIN_ID, "31337",
                ChainSettings.SIGNING_KEY, KEY, ChainSettings.RECEIPT_VERIFIER, "0x" + "ab".repeat(20)));
        assertEquals(31337, s.chainId());
        assertTrue(s.receiptVerifier().isPresent());
        assertTrue(s.modelRegistry().isEmpty());
        assertFalse(s.toString().contains("1111111111"));
        assertTrue(s.toString().contains(s.signer().getAddress()));
    }

    @Test
    void missingOrBadValuesNameTheirKey(@TempDir Path dir) throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> read(Map.of(ChainSettings.CHAIN_ID, "1", ChainSettings.SIGNING_KEY, KEY)));
        assertTrue(e.getMessage().contains(ChainSettings.RPC_URL));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(Map.of(ChainSettings.RPC_URL, "ftp://x",
                ChainSettings.CHAIN_ID, "1", ChainSettings.SIGNING_KEY, KEY))).getMessage().contains(ChainSettings.RPC_URL));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(Map.of(ChainSettings.RPC_URL, "http://x",
                ChainSettings.CHAIN_ID, "1", ChainSettings.SIGNING_KEY, "0x1234"))).getMessage().contains(ChainSettings.SIGNING_KEY));

        Path shared = Files.writeString(dir.resolve("shared.key"), KEY);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        var open = assertThrows(IllegalArgumentException.class, () -> read(Map.of(ChainSettings.RPC_URL, "http://x",
                ChainSettings.CHAIN_ID, "1", ChainSettings.SIGNING_KEY_FILE, shared.toString())));
        assertTrue(open.getMessage().contains("chmod 600"));
        assertFalse(open.getMessage().contains("1111111111"));
    }
}
