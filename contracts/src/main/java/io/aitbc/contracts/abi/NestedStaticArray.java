package io.aitbc.contracts.abi;

import org.web3j.abi.datatypes.StaticArray;
import org.web3j.abi.datatypes.Type;

import java.util.List;

/**
 * A fixed-size array whose elements are themselves fixed-size arrays, such as Solidity's {@code uint256[2][2]}.
 *
 * <p>Why: web3j names the type of {@code StaticArray2<StaticArray2<Uint256>>} after the Java class
 * ({@code staticarray2[2]}), so the function selector, which hashes the signature, is wrong and the call lands
 * in no function. The encoding of the values is right; only the type string is. This class takes the type
 * string from its elements, giving {@code uint256[2][2]}.
 */
public final class NestedStaticArray<T extends StaticArray<?>> extends StaticArray<T> {

    @SuppressWarnings("unchecked")
    public NestedStaticArray(List<T> rows) {
        super((Class<T>) requireUniform(rows).get(0).getClass(), rows.size(), rows);
    }

    @Override
    public String getTypeAsString() {
        return getValue().get(0).getTypeAsString() + "[" + getValue().size() + "]";
    }

    private static <T extends Type<?>> List<T> requireUniform(List<T> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("a nested static array needs at least one row");
        String type = rows.get(0).getTypeAsString();
        for (T row : rows) {
            if (!row.getTypeAsString().equals(type)) {
                throw new IllegalArgumentException("rows of different types: " + type + " and " + row.getTypeAsString());
            }
        }
        return rows;
    }
}
