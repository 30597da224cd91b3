package io.aitbc.contracts.tx;

import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.protocol.ObjectMapperFactory;
import org.web3j.protocol.core.methods.response.AbiDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns revert data (selector + ABI-encoded arguments) into a {@link DecodedRevert}, using the errors declared in
 * contract ABIs plus Solidity's built-in {@code Error(string)} and {@code Panic(uint256)}.
 */
public final class RevertDecoder {
    /** ABIs compiled by this module's build, packaged under this resource folder. */
    private static final String ARTIFACTS = "/io/aitbc/contracts/solidity/";
    private static final List<String> PLATFORM_CONTRACTS = List.of("AIToken", "ModelRegistry", "ZKReceiptVerifier");

    private record ErrorSignature(String name, List<String> types) {}

    private final Map<String, ErrorSignature> bySelector;

    private RevertDecoder(Map<String, ErrorSignature> bySelector) {
        this.bySelector = Map.copyOf(bySelector);
    }

    /** A decoder that knows the errors of the given ABIs (JSON arrays). */
    public static RevertDecoder forAbis(List<String> abiJsons) {
        Map<String, ErrorSignature> errors = new HashMap<>();
        put(errors, new ErrorSignature("Error", List.of("string")));
        put(errors, new ErrorSignature("Panic", List.of("uint256")));
        for (String abi : abiJsons) {
            for (AbiDefinition entry : parse(abi)) {
                if ("error".equals(entry.getType())) {
                    put(errors, new ErrorSignature(entry.getName(),
                            entry.getInputs().stream().map(AbiDefinition.NamedType::getType).toList()));
                }
            }
        }
        return new RevertDecoder(errors);
    }

    /** A decoder for the platform's contracts (AIToken, ModelRegistry, ZKReceiptVerifier, OpenZeppelin errors). */
    public static RevertDecoder forPlatformContracts() {
        return forAbis(PLATFORM_CONTRACTS.stream().map(RevertDecoder::packagedAbi).toList());
    }

    /**
     * Decodes revert data such as {@code 0x3a0d3f4a000...}. Empty when the data is missing, too short, of an unknown
     * selector, or its arguments do not decode.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Optional<DecodedRevert> decode(String revertData) {
        if (revertData == null) return Optional.empty();
        String hex = revertData.startsWith("0x") ? revertData.substring(2) : revertData;
        if (hex.length() < 8) return Optional.empty();
        ErrorSignature signature = bySelector.get(hex.substring(0, 8).toLowerCase(Locale.ROOT));
        if (signature == null) return Optional.empty();
        try {
            List<TypeReference<Type>> types = new ArrayList<>();
            for (String type : signature.types()) types.add((TypeReference) TypeReference.makeTypeReference(type));
            List<Type> values = FunctionReturnDecoder.decode(hex.substring(8), types);
            if (values.size() != types.size()) return Optional.empty();
            return Optional.of(new DecodedRevert(signature.name(), values.stream().map(v -> (Object) v.getValue()).toList()));
        } catch (ClassNotFoundException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, ErrorSignature> errors, ErrorSignature signature) {
        String text = signature.name() + signature.types().stream().collect(Collectors.joining(",", "(", ")"));
        String selector = Hash.sha3String(text).substring(2, 10);
        errors.putIfAbsent(selector, signature);
    }

    private static List<AbiDefinition> parse(String abiJson) {
        try {
            return List.of(ObjectMapperFactory.getObjectMapper().readValue(abiJson, AbiDefinition[].class));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a contract ABI: " + e.getMessage(), e);
        }
    }

    private static String packagedAbi(String contract) {
        try (InputStream in = RevertDecoder.class.getResourceAsStream(ARTIFACTS + contract + ".abi")) {
            if (in == null) throw new IllegalStateException("ABI of " + contract + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
