pragma circom 2.1.5;

// The three Groth16 relations of the hybrid protocol (docs/HYBRID.md). Each checks identities between
// polynomials of Z[X]/(X^N+1) at a point z (and combines several with powers of gamma); z and gamma are
// public inputs that the verifier derives by Fiat-Shamir from the witness commitment (a public output)
// and the public data, and the vectors w are (X^l * P mod X^N+1)(z) for the public polynomials P, which
// the verifier computes itself. Every witness polynomial is range-checked and packed into the commitment.
// Q and Delta are integers far below p / (2 N 2^kBits): field and integer identities coincide.

include "hybrid/ring.circom";


// Public key well-formedness: b = (-a) s + e + Q k, s ternary, e and k signed eBits / kBits values.
// Public: z, target = b(z), w[l] = (X^l (-a) mod X^N+1)(z). Output: commitment to (s, e, k, salt).
template HybridKeyProof(N, eBits, kBits, Q) {
    signal input z;
    signal input target;
    signal input w[N];
    signal input s[N];
    signal input e[N];
    signal input k[N];
    signal input salt;
    signal output commitment;

    component product = InnerProduct(N);
    product.a <== s;
    product.b <== w;
    component small = Horner(N);
    for (var i = 0; i < N; i++) { small.c[i] <== e[i] + Q * k[i]; }
    small.x <== z;
    target === product.out + small.out;

    component ps = PackTernary(N);
    ps.in <== s;
    component pe = PackSigned(N, eBits);
    pe.in <== e;
    component pk = PackSigned(N, kBits);
    pk.in <== k;
    var ns = ternaryPackedLength(N);
    var ne = packedLength(N, eBits);
    var nk = packedLength(N, kBits);
    component c = WitnessCommitment(ns + ne + nk);
    for (var i = 0; i < ns; i++) { c.elements[i] <== ps.out[i]; }
    for (var i = 0; i < ne; i++) { c.elements[ns + i] <== pe.out[i]; }
    for (var i = 0; i < nk; i++) { c.elements[ns + ne + i] <== pk.out[i]; }
    c.salt <== salt;
    commitment <== c.out;
}

// Fresh encryption under the public key (b, a) of a message m (n coefficients in [lo, hi], the rest 0):
//   c0 = b u + e0 + Delta m + Q k0,   c1 = a u + e1 + Q k1,
// u ternary, e0/e1 signed eBits, k0/k1 signed kBits. Both identities at z, combined with gamma.
// Public: z, gamma, target = c0(z) + gamma c1(z), w[l] = (X^l b)(z) + gamma (X^l a)(z) mod X^N+1.
template HybridInputProof(N, n, eBits, kBits, lo, hi, Q, Delta) {
    assert(n <= N);
    signal input z;
    signal input gamma;
    signal input target;
    signal input w[N];
    signal input u[N];
    signal input e0[N];
    signal input e1[N];
    signal input m[n];
    signal input k0[N];
    signal input k1[N];
    signal input salt;
    signal output commitment;

    component product = InnerProduct(N);
    product.a <== u;
    product.b <== w;
    component first = Horner(N);
    component second = Horner(N);
    for (var i = 0; i < N; i++) {
        if (i < n) {
            first.c[i] <== e0[i] + Q * k0[i] + Delta * m[i];
        } else {
            first.c[i] <== e0[i] + Q * k0[i];
        }
        second.c[i] <== e1[i] + Q * k1[i];
    }
    first.x <== z;
    second.x <== z;
    signal mixed;
    mixed <== gamma * second.out;
    target === product.out + first.out + mixed;

    component pu = PackTernary(N);
    pu.in <== u;
    component pe0 = PackSigned(N, eBits);
    pe0.in <== e0;
    component pe1 = PackSigned(N, eBits);
    pe1.in <== e1;
    component pm = PackBounded(n, lo, hi);
    pm.in <== m;
    component pk0 = PackSigned(N, kBits);
    pk0.in <== k0;
    component pk1 = PackSigned(N, kBits);
    pk1.in <== k1;
    var nu = ternaryPackedLength(N);
    var ne = packedLength(N, eBits);
    var bm = bitLength(hi - lo);
    var nm = (n + (248 \ bm) - 1) \ (248 \ bm);
    var nk = packedLength(N, kBits);
    component c = WitnessCommitment(nu + 2 * ne + nm + 2 * nk);
    var o = 0;
    for (var i = 0; i < nu; i++) { c.elements[o + i] <== pu.out[i]; }
    o += nu;
    for (var i = 0; i < ne; i++) { c.elements[o + i] <== pe0.out[i]; }
    o += ne;
    for (var i = 0; i < ne; i++) { c.elements[o + i] <== pe1.out[i]; }
    o += ne;
    for (var i = 0; i < nm; i++) { c.elements[o + i] <== pm.out[i]; }
    o += nm;
    for (var i = 0; i < nk; i++) { c.elements[o + i] <== pk0.out[i]; }
    o += nk;
    for (var i = 0; i < nk; i++) { c.elements[o + i] <== pk1.out[i]; }
    c.salt <== salt;
    commitment <== c.out;
}

// Evaluation of a committed dense layer on an encrypted input with coefficient packing, re-randomized
// and flooded (the output keeps c1 whole and c0 at the output positions P_i = i n + n - 1 only):
//   c1' = c1 v + a u + e1 + Q k1                                     (all N coefficients)
//   beta_i = (c0 v)_{P_i} + Delta bias_i + (b u)_{P_i} + f_i + Q kappa_i   (i < outputs)
// with v = sum_{i,j} weights[i][j] X^(i n + n - 1 - j). weights (bW bits) and bias (bB bits) hash to the
// model commitment of ZKML-SPEC §3 (one dense layer: params = pack(w0) ++ pack(b0)) under archHash.
// Public: archHash, z, gamma, target = c1'(z) + sum_i gamma^(i+1) beta_i, wv (one per weight, in the
// weights' row-major order), wu[N]. Outputs: the model commitment and the commitment to
// (u, e1, k1, f, kappa, salt).
template HybridEvalProof(N, n, outputs, bW, bB, eBits, kBits, fBits, kappaBits, Q, Delta) {
    assert(outputs * n <= N);
    signal input archHash;
    signal input z;
    signal input gamma;
    signal input target;
    signal input wv[outputs * n];
    signal input wu[N];
    signal input weights[outputs * n];
    signal input bias[outputs];
    signal input u[N];
    signal input e1[N];
    signal input k1[N];
    signal input f[outputs];
    signal input kappa[outputs];
    signal input salt;
    signal output modelCommitment;
    signal output commitment;

    component byWeights = InnerProduct(outputs * n);
    byWeights.a <== weights;
    byWeights.b <== wv;
    component byU = InnerProduct(N);
    byU.a <== u;
    byU.b <== wu;
    component small = Horner(N);
    for (var i = 0; i < N; i++) { small.c[i] <== e1[i] + Q * k1[i]; }
    small.x <== z;
    component rows = Horner(outputs);
    for (var i = 0; i < outputs; i++) { rows.c[i] <== Delta * bias[i] + f[i] + Q * kappa[i]; }
    rows.x <== gamma;
    signal shifted;
    shifted <== gamma * rows.out;
    target === byWeights.out + byU.out + small.out + shifted;

    component pw = PackSigned(outputs * n, bW);
    pw.in <== weights;
    component pb = PackSigned(outputs, bB);
    pb.in <== bias;
    var nw = packedLength(outputs * n, bW);
    var nb = packedLength(outputs, bB);
    component model = ModelCommitment(nw + nb);
    model.archHash <== archHash;
    for (var i = 0; i < nw; i++) { model.params[i] <== pw.out[i]; }
    for (var i = 0; i < nb; i++) { model.params[nw + i] <== pb.out[i]; }
    modelCommitment <== model.out;

    component pu = PackTernary(N);
    pu.in <== u;
    component pe = PackSigned(N, eBits);
    pe.in <== e1;
    component pk = PackSigned(N, kBits);
    pk.in <== k1;
    component pf = PackSigned(outputs, fBits);
    pf.in <== f;
    component pkappa = PackSigned(outputs, kappaBits);
    pkappa.in <== kappa;
    var nu = ternaryPackedLength(N);
    var ne = packedLength(N, eBits);
    var nk = packedLength(N, kBits);
    var nf = packedLength(outputs, fBits);
    var nkappa = packedLength(outputs, kappaBits);
    component c = WitnessCommitment(nu + ne + nk + nf + nkappa);
    var o = 0;
    for (var i = 0; i < nu; i++) { c.elements[o + i] <== pu.out[i]; }
    o += nu;
    for (var i = 0; i < ne; i++) { c.elements[o + i] <== pe.out[i]; }
    o += ne;
    for (var i = 0; i < nk; i++) { c.elements[o + i] <== pk.out[i]; }
    o += nk;
    for (var i = 0; i < nf; i++) { c.elements[o + i] <== pf.out[i]; }
    o += nf;
    for (var i = 0; i < nkappa; i++) { c.elements[o + i] <== pkappa.out[i]; }
    c.salt <== salt;
    commitment <== c.out;
}
