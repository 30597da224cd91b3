package io.aitbc.zk.witness;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.formats.WitnessFile;
import io.aitbc.zk.formats.ZkFormatException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the witness calculator that circom generates ({@code <circuit>_js/<circuit>.wasm}) inside the
 * JVM with Chicory, compiled to JVM bytecode. The protocol is circom's: inputs are addressed by the
 * 64-bit FNV-1a hash of their name, field elements cross the boundary as little-endian 32-bit words
 * through a shared buffer, and the module imports four {@code runtime.*} callbacks for errors and logs.
 */
public final class CircomWasmWitnessCalculator implements WitnessCalculator {

    private final Instance instance;
    private final ExportFunction readShared, writeShared, getWitness, getMessageChar;
    private final int n32;
    private final StringBuilder errors = new StringBuilder();

    private CircomWasmWitnessCalculator(WasmModule module) {
        FunctionType voidToVoid = FunctionType.empty();
        ImportValues imports = ImportValues.builder().addFunction(
                new HostFunction("runtime", "exceptionHandler", FunctionType.accepting(ValType.I32), (inst, args) -> {
                    throw new WitnessCalculationException(describe((int) args[0]) + errors);
                }),
                new HostFunction("runtime", "printErrorMessage", voidToVoid, (inst, args) -> {
                    errors.append(message()).append('\n');
                    return null;
                }),
                new HostFunction("runtime", "writeBufferMessage", voidToVoid, (inst, args) -> {
                    message(); // circuit log() output: consumed, not printed
                    return null;
                }),
                new HostFunction("runtime", "showSharedRWMemory", voidToVoid, (inst, args) -> null)).build();
        this.instance = Instance.builder(module).withImportValues(imports)
                .withMachineFactory(MachineFactoryCompiler.compile(module)).build();
        this.readShared = instance.export("readSharedRWMemory");
        this.writeShared = instance.export("writeSharedRWMemory");
        this.getWitness = instance.export("getWitness");
        this.getMessageChar = instance.export("getMessageChar");
        this.n32 = (int) instance.export("getFieldNumLen32").apply()[0];
        instance.export("getRawPrime").apply();
        BigInteger prime = readBig();
        if (!prime.equals(Fr.MODULUS)) {
            throw new WitnessCalculationException("circuit compiled for prime " + prime + ", only BN254 (bn128) is supported");
        }
    }

    /** Loads and compiles a circom witness-calculator module. */
    public static CircomWasmWitnessCalculator load(Path wasm) throws IOException {
        if (!Files.isRegularFile(wasm)) {
            throw new ZkFormatException(wasm + ": no such file");
        }
        try {
            return new CircomWasmWitnessCalculator(Parser.parse(wasm));
        } catch (ChicoryException e) {
            throw new ZkFormatException(wasm + ": not a circom witness calculator (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(int code) {
        return switch (code) {
            case 1 -> "Signal not found.\n";
            case 2 -> "Too many signals set.\n";
            case 3 -> "Signal already set.\n";
            case 4 -> "Assert Failed.\n";
            case 5 -> "Not enough memory.\n";
            case 6 -> "Input signal array access exceeds the size.\n";
            case 7 -> "Out of bounds array access.\n";
            default -> "Unknown error.\n";
        };
    }

    private String message() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            int c = (int) getMessageChar.apply()[0];
            if (c == 0) {
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    /** 64-bit FNV-1a over the name's UTF-16 code units, as circom's JavaScript does. */
    static long fnv1a(String name) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i) & 0xFFFF;
            h *= 0x100000001B3L;
        }
        return h;
    }

    private BigInteger readBig() {
        BigInteger v = BigInteger.ZERO;
        for (int j = n32 - 1; j >= 0; j--) {
            long w = readShared.apply(j)[0] & 0xFFFFFFFFL;
            v = v.shiftLeft(32).or(BigInteger.valueOf(w));
        }
        return v;
    }

    @Override
    public WitnessFile calculate(Map<String, List<BigInteger>> inputs) {
        errors.setLength(0);
        try {
            instance.export("init").apply(0);
            int given = 0;
            for (Map.Entry<String, List<BigInteger>> e : inputs.entrySet()) {
                long h = fnv1a(e.getKey());
                long msb = (int) (h >>> 32), lsb = (int) h;
                long size = (int) instance.export("getInputSignalSize").apply(msb, lsb)[0];
                if (size <= 0) {
                    throw new WitnessCalculationException("Signal " + e.getKey() + " not found");
                }
                List<BigInteger> values = e.getValue();
                if (values.size() != size) {
                    throw new WitnessCalculationException((values.size() < size ? "Not enough" : "Too many")
                            + " values for input signal " + e.getKey() + " (" + values.size() + " given, " + size + " expected)");
                }
                for (int i = 0; i < values.size(); i++) {
                    BigInteger v = values.get(i).mod(Fr.MODULUS); // circom normalises negatives as p + v
                    for (int j = 0; j < n32; j++) {
                        writeShared.apply(j, v.shiftRight(32 * j).intValue());
                    }
                    instance.export("setInputSignal").apply(msb, lsb, i);
                    given++;
                }
            }
            long expected = instance.export("getInputSize").apply()[0];
            if (given < expected) {
                throw new WitnessCalculationException("Not all inputs have been set. Only " + given + " out of " + expected);
            }
            int n = (int) instance.export("getWitnessSize").apply()[0];
            long[] m = new long[4 * n];
            long[] plain = new long[4];
            for (int i = 0; i < n; i++) {
                getWitness.apply(i);
                for (int k = 0; k < 4; k++) {
                    long lo = readShared.apply(2 * k)[0] & 0xFFFFFFFFL, hi = readShared.apply(2 * k + 1)[0] & 0xFFFFFFFFL;
                    plain[k] = lo | (hi << 32);
                }
                Fr.ARITH.toMontgomery(plain, 0, m, 4 * i);
            }
            return new WitnessFile(m);
        } catch (WitnessCalculationException e) {
            throw e;
        } catch (ChicoryException | IllegalStateException e) {
            Throwable c = e;
            while (c != null) {
                if (c instanceof WitnessCalculationException w) {
                    throw w;
                }
                c = c.getCause();
            }
            throw new WitnessCalculationException("witness calculation failed: " + e.getMessage() + "\n" + errors, e);
        }
    }
}
