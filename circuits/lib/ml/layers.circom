pragma circom 2.1.5;

// Layer templates of ZKML-SPEC §2 over flat, row-major tensors (images are C x H x W), so a generated
// main connects whole arrays and Flatten/Reshape cost nothing. Every layer that rescales also outputs
// isNonNeg[] (proven sign bits) for a following ReLUFromSignLayer.

include "fixedpoint.circom";

// Dense (Gemm): out_i = floor((b_i + sum_j w[i*nIn + j] * in_j) / 2^s); w is [nOut][nIn] row-major,
// s = fW of the layer. Cost: nOut*nIn (one per multiply-accumulate) + nOut*(32 + s).
template DenseLayer(nIn, nOut, s) {
    signal input in[nIn];
    signal input w[nOut * nIn];
    signal input b[nOut];
    signal output out[nOut];
    signal output isNonNeg[nOut];

    signal prod[nOut][nIn];
    component rescale[nOut];
    for (var i = 0; i < nOut; i++) {
        var acc = b[i];
        for (var j = 0; j < nIn; j++) {
            prod[i][j] <== w[i * nIn + j] * in[j];
            acc += prod[i][j];
        }
        rescale[i] = Rescale(s);
        rescale[i].in <== acc;
        out[i] <== rescale[i].out;
        isNonNeg[i] <== rescale[i].isNonNeg;
    }
}

// Output side length of a convolution (ONNX, no dilation, symmetric zero padding).
function convOutSize(inSize, k, stride, pad) {
    return (inSize + 2 * pad - k) \ stride + 1;
}

// Number of multiplications of a convolution: taps that fall on the zero padding are skipped.
function conv2dProductCount(inC, inH, inW, outC, kH, kW, stride, pad) {
    var outH = convOutSize(inH, kH, stride, pad);
    var outW = convOutSize(inW, kW, stride, pad);
    var n = 0;
    for (var oy = 0; oy < outH; oy++) {
        for (var ox = 0; ox < outW; ox++) {
            for (var ky = 0; ky < kH; ky++) {
                for (var kx = 0; kx < kW; kx++) {
                    var iy = oy * stride + ky - pad;
                    var ix = ox * stride + kx - pad;
                    if (iy >= 0 && iy < inH && ix >= 0 && ix < inW) { n += inC; }
                }
            }
        }
    }
    return n * outC;
}

// Conv2d (groups 1, no dilation, stride and zero padding pad on every side):
// out[o][y][x] = floor((b_o + sum_{c,ky,kx} w[o][c][ky][kx] * in[c][y*stride+ky-pad][x*stride+kx-pad]) / 2^s).
// in is [inC][inH][inW], w is [outC][inC][kH][kW], out is [outC][outH][outW], all row-major.
// Cost: one constraint per multiplication (padding taps are free) + (32 + s) per output value.
template Conv2dLayer(inC, inH, inW, outC, kH, kW, stride, pad, s) {
    assert(stride >= 1 && pad >= 0 && pad < kH && pad < kW);
    var outH = convOutSize(inH, kH, stride, pad);
    var outW = convOutSize(inW, kW, stride, pad);
    assert(outH >= 1 && outW >= 1);
    signal input in[inC * inH * inW];
    signal input w[outC * inC * kH * kW];
    signal input b[outC];
    signal output out[outC * outH * outW];
    signal output isNonNeg[outC * outH * outW];

    signal prod[conv2dProductCount(inC, inH, inW, outC, kH, kW, stride, pad)];
    component rescale[outC * outH * outW];
    var p = 0;
    for (var o = 0; o < outC; o++) {
        for (var oy = 0; oy < outH; oy++) {
            for (var ox = 0; ox < outW; ox++) {
                var acc = b[o];
                for (var c = 0; c < inC; c++) {
                    for (var ky = 0; ky < kH; ky++) {
                        for (var kx = 0; kx < kW; kx++) {
                            var iy = oy * stride + ky - pad;
                            var ix = ox * stride + kx - pad;
                            if (iy >= 0 && iy < inH && ix >= 0 && ix < inW) {
                                prod[p] <== w[((o * inC + c) * kH + ky) * kW + kx] * in[(c * inH + iy) * inW + ix];
                                acc += prod[p];
                                p++;
                            }
                        }
                    }
                }
                var k = (o * outH + oy) * outW + ox;
                rescale[k] = Rescale(s);
                rescale[k].in <== acc;
                out[k] <== rescale[k].out;
                isNonNeg[k] <== rescale[k].isNonNeg;
            }
        }
    }
}

// ReLU on values not coming straight from a rescale (33 constraints each).
template ReLULayer(n) {
    signal input in[n];
    signal output out[n];
    component relu[n];
    for (var i = 0; i < n; i++) {
        relu[i] = ReLU();
        relu[i].in <== in[i];
        out[i] <== relu[i].out;
    }
}

// ReLU right after a rescaling layer, reusing its proven sign bits (1 constraint each).
template ReLUFromSignLayer(n) {
    signal input in[n];
    signal input isNonNeg[n];
    signal output out[n];
    for (var i = 0; i < n; i++) {
        out[i] <== in[i] * isNonNeg[i];
    }
}

// Square (Mul(x, x)): out = floor(in * in / 2^fA). Cost: 1 + (32 + fA) each.
template SquareLayer(n, fA) {
    signal input in[n];
    signal output out[n];
    signal output isNonNeg[n];
    signal sq[n];
    component rescale[n];
    for (var i = 0; i < n; i++) {
        sq[i] <== in[i] * in[i];
        rescale[i] = Rescale(fA);
        rescale[i].in <== sq[i];
        out[i] <== rescale[i].out;
        isNonNeg[i] <== rescale[i].isNonNeg;
    }
}

// AveragePool k x k, stride k, no padding (ONNX floor mode: outH = floor(inH / k)); k*k = 2^t:
// out = floor(sum(window) / 2^t). Cost: 32 + t per output value (the window sum is linear).
template AvgPool2dLayer(c, inH, inW, k) {
    var t = exactLog2(k * k);
    var outH = inH \ k;
    var outW = inW \ k;
    assert(outH >= 1 && outW >= 1);
    signal input in[c * inH * inW];
    signal output out[c * outH * outW];
    signal output isNonNeg[c * outH * outW];
    component rescale[c * outH * outW];
    for (var ch = 0; ch < c; ch++) {
        for (var oy = 0; oy < outH; oy++) {
            for (var ox = 0; ox < outW; ox++) {
                var sum = 0;
                for (var dy = 0; dy < k; dy++) {
                    for (var dx = 0; dx < k; dx++) {
                        sum += in[(ch * inH + oy * k + dy) * inW + ox * k + dx];
                    }
                }
                var o = (ch * outH + oy) * outW + ox;
                rescale[o] = Rescale(t);
                rescale[o].in <== sum;
                out[o] <== rescale[o].out;
                isNonNeg[o] <== rescale[o].isNonNeg;
            }
        }
    }
}
