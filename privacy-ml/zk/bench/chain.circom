pragma circom 2.0.0;

// Benchmark circuit: n multiplication constraints (a chain of squarings plus the input), one public output.
template Chain(n) {
    signal input x;
    signal output y;
    signal s[n];
    s[0] <== x * x;
    for (var i = 1; i < n; i++) {
        s[i] <== s[i - 1] * s[i - 1] + x;
    }
    y <== s[n - 1];
}
