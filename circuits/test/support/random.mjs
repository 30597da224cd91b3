// Seeded pseudo-random test data (reproducible failures).
export function rng(seed) {
  let s = BigInt(seed) & 0xffffffffffffffffn || 1n;
  const next = () => {
    // xorshift64*
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn;
  };
  /** Uniform signed integer in [-2^(bits-1), 2^(bits-1)). */
  const signed = (bits) => (next() % (1n << BigInt(bits))) - (1n << BigInt(bits - 1));
  const ints = (n, bits) => Array.from({ length: n }, () => signed(bits));
  /** Uniform field-sized value below 2^bits. */
  const unsigned = (bits) => {
    let v = 0n;
    for (let got = 0; got < bits; got += 64) v = (v << 64n) | next();
    return v & ((1n << BigInt(bits)) - 1n);
  };
  return { next, signed, ints, unsigned };
}
