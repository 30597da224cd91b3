package io.aitbc.contracts.tx;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a contract call reverted: a custom error with its arguments ({@code NullifierAlreadySpent(123)}),
 * {@code Error(string)} from a require, or {@code Panic(uint256)}.
 *
 * @param name      the error's name
 * @param arguments its decoded arguments, as web3j values (BigInteger, String address, byte[], ...)
 */
public record DecodedRevert(String name, List<Object> arguments) {
    public DecodedRevert {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return name + arguments.stream().map(DecodedRevert::format).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String format(Object value) {
        return value instanceof byte[] bytes ? "0x" + java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }
}
