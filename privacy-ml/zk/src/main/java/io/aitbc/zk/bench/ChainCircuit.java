package io.aitbc.zk.bench;

import io.aitbc.zk.bn254.Fr;
import io.aitbc.zk.formats.R1cs;
import io.aitbc.zk.formats.WitnessFile;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark helper for bin/bench-zk (not a test): writes the constraint system and a witness of
 * privacy-ml/zk/bench/chain.circom (s0 = x^2, s_i = s_{i-1}^2 + x, output y = s_{n-1}) directly, for
 * sizes where compiling it with circom2 (WebAssembly, single-threaded) takes too long. Same shape as
 * circom's output: n quadratic constraints; wires 1 (constant), y, x, s_0..s_{n-2}.
 * Usage: {@code ChainCircuit <n> <out.r1cs> <out.wtns> [x]}.
 */
public final class ChainCircuit {

    private ChainCircuit() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        BigInteger x = args.length > 3 ? new BigInteger(args[3]) : BigInteger.valueOf(3);
        constraints(n).write(Path.of(args[1]));
        witness(n, x).write(Path.of(args[2]));
    }

    /** Wire of s_i: s_{n-1} is the output y (wire 1), the others follow x. */
    private static int s(int i, int n) {
        return i == n - 1 ? 1 : 3 + i;
    }

    static R1cs constraints(int n) {
        int wires = n + 2, x = 2;
        Rows a = new Rows(n), b = new Rows(n), c = new Rows(n);
        for (int i = 0; i < n; i++) {
            int in = i == 0 ? x : s(i - 1, n);
            a.row(new int[] {in}, BigInteger.ONE);
            b.row(new int[] {in}, BigInteger.ONE);
            if (i == 0) {
                c.row(new int[] {s(0, n)}, BigInteger.ONE);
            } else {
                c.row(new int[] {s(i, n), x}, BigInteger.ONE, Fr.MODULUS.subtract(BigInteger.ONE));
            }
        }
        return new R1cs(wires, 1, 0, 1, wires, n, a.build(), b.build(), c.build());
    }

    static WitnessFile witness(int n, BigInteger x) {
        BigInteger[] w = new BigInteger[n + 2];
        w[0] = BigInteger.ONE;
        w[2] = x.mod(Fr.MODULUS);
        BigInteger s = x.multiply(x).mod(Fr.MODULUS);
        w[s(0, n)] = s;
        for (int i = 1; i < n; i++) {
            s = s.multiply(s).add(x).mod(Fr.MODULUS);
            w[s(i, n)] = s;
        }
        return WitnessFile.of(List.of(w));
    }

    /** Row-compressed matrix under construction (coefficients in Montgomery form, as R1cs keeps them). */
    private static final class Rows {
        private final int[] rowStart;
        private final List<Integer> wires = new ArrayList<>();
        private final List<BigInteger> coefs = new ArrayList<>();
        private int rows;

        Rows(int n) {
            rowStart = new int[n + 1];
        }

        void row(int[] ws, BigInteger... cs) {
            for (int k = 0; k < ws.length; k++) {
                wires.add(ws[k]);
                coefs.add(cs[k]);
            }
            rowStart[++rows] = wires.size();
        }

        R1cs.Matrix build() {
            int[] w = new int[wires.size()];
            long[] m = new long[4 * wires.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = wires.get(i);
                Fr.of(coefs.get(i)).copyMontgomeryTo(m, 4 * i);
            }
            return new R1cs.Matrix(rowStart, w, m);
        }
    }
}
