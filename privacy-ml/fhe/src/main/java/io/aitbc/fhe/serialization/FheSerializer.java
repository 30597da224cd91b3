package io.aitbc.fhe.serialization;

import io.aitbc.fhe.ring.Ring;
import io.aitbc.fhe.ring.RnsPoly;
import io.aitbc.fhe.ring.AesCtrPrng;
import io.aitbc.fhe.rlwe.Ciphertext;
import io.aitbc.fhe.rlwe.EvaluationKeys;
import io.aitbc.fhe.rlwe.GaloisKey;
import io.aitbc.fhe.rlwe.KeyId;
import io.aitbc.fhe.rlwe.ParameterMismatchException;
import io.aitbc.fhe.rlwe.ParametersId;
import io.aitbc.fhe.rlwe.PublicKey;
import io.aitbc.fhe.rlwe.PublicPolynomials;
import io.aitbc.fhe.rlwe.RelinearizationKey;
import io.aitbc.fhe.rlwe.RlweParameters;
import io.aitbc.fhe.rlwe.SchemeParameters;
import io.aitbc.fhe.rlwe.SecretKey;
import io.aitbc.fhe.rlwe.SwitchingKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned binary format (version 1) for parameters, keys and ciphertexts; see the module README for
 * the layout. Every object carries its parameter-set id and is framed by {@link Envelope} (magic,
 * version, type, length, CRC32C). Uniform parts (public-key a, switching-key a_j, c1 of fresh
 * secret-key ciphertexts) are stored as their 32-byte seeds. Reading checks everything and throws
 * {@link FheFormatException} (malformed data) or {@link ParameterMismatchException} (another set).
 */
public final class FheSerializer {

    private static final int SEED = AesCtrPrng.SEED_BYTES;
    private static final int MAX_GALOIS_KEYS = 1 << 16;

    private FheSerializer() {}

    // ---------------------------------------------------------------- parameters

    public static byte[] write(SchemeParameters params) {
        byte[] c = params.canonicalEncoding();
        return Envelope.seal(ObjectType.PARAMETERS, params.id(), ByteBuffer.allocate(4 + c.length).putInt(c.length).put(c).array());
    }

    public static SchemeParameters readParameters(byte[] data) {
        Envelope.Opened o = Envelope.open(data, ObjectType.PARAMETERS);
        SchemeParameters p = Envelope.parse(o, b -> {
            int len = b.getInt();
            if (len < 0 || len > b.remaining()) throw new FheFormatException("bad parameter length " + len);
            byte[] c = new byte[len];
            b.get(c);
            return ParametersCodec.decode(c);
        });
        if (!p.id().equals(o.id())) throw new FheFormatException("parameters id in the header does not match the parameters");
        return p;
    }

    /** The type of a serialized object, from its header (the object is fully checked when read). */
    public static ObjectType typeOf(byte[] data) {
        return Envelope.open(data, null).type();
    }

    /** The parameters id a serialized object was made for. */
    public static ParametersId parametersIdOf(byte[] data) {
        return Envelope.open(data, null).id();
    }

    // ---------------------------------------------------------------- secret key

    public static byte[] write(SecretKey sk) {
        long[] s = sk.coefficients();
        ByteBuffer b = ByteBuffer.allocate(KeyId.LENGTH + (s.length + 3) / 4);
        b.put(sk.keyId().bytes());
        for (int i = 0; i < s.length; i += 4) {
            int packed = 0;
            for (int k = 0; k < 4 && i + k < s.length; k++) {
                int code = s[i + k] == 0 ? 0 : s[i + k] == 1 ? 1 : 2;
                packed |= code << (2 * k);
            }
            b.put((byte) packed);
        }
        return Envelope.seal(ObjectType.SECRET_KEY, sk.params().id(), b.array());
    }

    public static SecretKey readSecretKey(byte[] data, SchemeParameters params) {
        Envelope.Opened o = open(data, ObjectType.SECRET_KEY, params);
        return Envelope.parse(o, b -> {
            KeyId id = keyId(b);
            int n = params.rlwe().n();
            long[] s = new long[n];
            for (int i = 0; i < n; i += 4) {
                int packed = b.get() & 0xFF;
                for (int k = 0; k < 4 && i + k < n; k++) {
                    int code = (packed >>> (2 * k)) & 3;
                    if (code == 3) throw new FheFormatException("invalid secret-key coefficient code");
                    s[i + k] = code == 2 ? -1 : code;
                }
            }
            SecretKey sk = new SecretKey(params, s);
            if (!sk.keyId().equals(id)) throw new FheFormatException("secret key does not match its key id (corrupted)");
            return sk;
        });
    }

    // ---------------------------------------------------------------- public key

    public static byte[] write(PublicKey pk) {
        Ring rq = pk.params().rlwe().ringQ();
        ByteBuffer b = ByteBuffer.allocate(KeyId.LENGTH + SEED + PolyCodec.size(rq, rq.size()));
        b.put(pk.keyId().bytes()).put(pk.seed());
        PolyCodec.write(rq, pk.b(), b);
        return Envelope.seal(ObjectType.PUBLIC_KEY, pk.params().id(), b.array());
    }

    public static PublicKey readPublicKey(byte[] data, SchemeParameters params) {
        Envelope.Opened o = open(data, ObjectType.PUBLIC_KEY, params);
        return Envelope.parse(o, b -> {
            KeyId id = keyId(b);
            byte[] seed = seed(b);
            Ring rq = params.rlwe().ringQ();
            return new PublicKey(params, id, PolyCodec.read(rq, rq.size(), b, "public key"), seed);
        });
    }

    // ---------------------------------------------------------------- evaluation keys

    public static byte[] write(RelinearizationKey rk) {
        SwitchingKey k = rk.key();
        ByteBuffer b = ByteBuffer.allocate(switchingKeySize(k));
        writeSwitchingKey(k, b);
        return Envelope.seal(ObjectType.RELINEARIZATION_KEY, k.params().id(), b.array());
    }

    public static RelinearizationKey readRelinearizationKey(byte[] data, SchemeParameters params) {
        Envelope.Opened o = open(data, ObjectType.RELINEARIZATION_KEY, params);
        return Envelope.parse(o, b -> new RelinearizationKey(readSwitchingKey(b, params)));
    }

    public static byte[] write(EvaluationKeys keys) {
        int size = KeyId.LENGTH + 1 + 4;
        if (keys.hasRelinearizationKey()) size += switchingKeySize(keys.relinearizationKey().key());
        for (GaloisKey g : keys.galoisKeys().values()) size += 8 + switchingKeySize(g.key());
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put(keys.keyId().bytes());
        b.put((byte) (keys.hasRelinearizationKey() ? 1 : 0));
        if (keys.hasRelinearizationKey()) writeSwitchingKey(keys.relinearizationKey().key(), b);
        b.putInt(keys.galoisKeys().size());
        for (GaloisKey g : keys.galoisKeys().values()) {
            b.putLong(g.galoisElement());
            writeSwitchingKey(g.key(), b);
        }
        return Envelope.seal(ObjectType.EVALUATION_KEYS, keys.params().id(), b.array());
    }

    public static EvaluationKeys readEvaluationKeys(byte[] data, SchemeParameters params) {
        Envelope.Opened o = open(data, ObjectType.EVALUATION_KEYS, params);
        return Envelope.parse(o, b -> {
            KeyId id = keyId(b);
            int flag = b.get();
            if (flag != 0 && flag != 1) throw new FheFormatException("bad relinearization flag");
            RelinearizationKey rk = flag == 1 ? new RelinearizationKey(readSwitchingKey(b, params)) : null;
            int count = b.getInt();
            if (count < 0 || count > MAX_GALOIS_KEYS) throw new FheFormatException("implausible Galois key count " + count);
            List<GaloisKey> g = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long element = b.getLong();
                if ((element & 1) == 0 || element <= 1 || element >= 2L * params.rlwe().n()) {
                    throw new FheFormatException("invalid Galois element " + element);
                }
                SwitchingKey k = readSwitchingKey(b, params);
                if (!k.label().equals(GaloisKey.label(element))) throw new FheFormatException("Galois key label does not match its element");
                g.add(new GaloisKey(element, k));
            }
            try {
                return new EvaluationKeys(params, id, rk, g);
            } catch (io.aitbc.fhe.rlwe.WrongKeyException e) {
                throw new FheFormatException("evaluation keys of different secret keys in one file", e);
            }
        });
    }

    private static int switchingKeySize(SwitchingKey k) {
        RlweParameters r = k.params().rlwe();
        int polys = PolyCodec.size(r.ringQ(), r.qCount()) + PolyCodec.size(r.ringP(), r.pCount());
        return KeyId.LENGTH + 2 + k.label().length() + SEED + 2 + k.digits() * polys;
    }

    private static void writeSwitchingKey(SwitchingKey k, ByteBuffer b) {
        RlweParameters r = k.params().rlwe();
        b.put(k.keyId().bytes());
        byte[] label = k.label().getBytes(StandardCharsets.US_ASCII);
        b.putShort((short) label.length).put(label).put(k.seed()).putShort((short) k.digits());
        for (int j = 0; j < k.digits(); j++) {
            PolyCodec.write(r.ringQ(), k.bQ(j), b);
            PolyCodec.write(r.ringP(), k.bP(j), b);
        }
    }

    private static SwitchingKey readSwitchingKey(ByteBuffer b, SchemeParameters params) {
        RlweParameters r = params.rlwe();
        KeyId id = keyId(b);
        int labelLength = b.getShort() & 0xFFFF;
        if (labelLength > 64) throw new FheFormatException("implausible key label length " + labelLength);
        byte[] label = new byte[labelLength];
        b.get(label);
        byte[] seed = seed(b);
        int digits = b.getShort() & 0xFFFF;
        if (digits != r.digits(r.maxLevel())) throw new FheFormatException("switching key has " + digits + " digits, expected " + r.digits(r.maxLevel()));
        RnsPoly[] bq = new RnsPoly[digits], bp = new RnsPoly[digits];
        for (int j = 0; j < digits; j++) {
            bq[j] = PolyCodec.read(r.ringQ(), r.qCount(), b, "switching key");
            bp[j] = PolyCodec.read(r.ringP(), r.pCount(), b, "switching key");
        }
        return new SwitchingKey(params, id, bq, bp, seed, new String(label, StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- ciphertexts

    /** Writes a ciphertext; a fresh secret-key encryption is stored as (c0, seed of c1). */
    public static byte[] write(Ciphertext ct) {
        Ring rq = ct.params().rlwe().ringQ();
        int limbs = ct.level() + 1;
        boolean seeded = ct.isSeeded();
        int stored = seeded ? 1 : ct.degree() + 1;
        ByteBuffer b = ByteBuffer.allocate(2 + 1 + 8 + 1 + KeyId.LENGTH + (seeded ? SEED : 0) + stored * PolyCodec.size(rq, limbs));
        b.putShort((short) limbs).put((byte) (ct.degree() + 1)).putDouble(ct.scale());
        b.put((byte) ((ct.isNtt() ? 1 : 0) | (seeded ? 2 : 0)));
        b.put(ct.keyId().bytes());
        if (seeded) b.put(ct.seed());
        for (int i = 0; i < stored; i++) PolyCodec.write(rq, ct.poly(i), b);
        return Envelope.seal(ObjectType.CIPHERTEXT, ct.params().id(), b.array());
    }

    public static Ciphertext readCiphertext(byte[] data, SchemeParameters params) {
        Envelope.Opened o = open(data, ObjectType.CIPHERTEXT, params);
        return Envelope.parse(o, b -> {
            RlweParameters r = params.rlwe();
            int limbs = b.getShort() & 0xFFFF;
            if (limbs < 1 || limbs > r.qCount()) throw new FheFormatException("ciphertext level out of range: " + (limbs - 1));
            int polys = b.get() & 0xFF;
            if (polys < 2 || polys > 3) throw new FheFormatException("ciphertext with " + polys + " polynomials");
            double scale = b.getDouble();
            if (!(scale > 0) || Double.isInfinite(scale)) throw new FheFormatException("invalid scale " + scale);
            int flags = b.get() & 0xFF;
            if ((flags & ~3) != 0) throw new FheFormatException("unknown ciphertext flags " + flags);
            boolean ntt = (flags & 1) != 0;
            boolean seeded = (flags & 2) != 0;
            if (seeded && (polys != 2 || !ntt)) throw new FheFormatException("only fresh degree-1 NTT ciphertexts are seeded");
            KeyId id = keyId(b);
            byte[] seed = seeded ? seed(b) : null;
            RnsPoly[] p = new RnsPoly[polys];
            p[0] = PolyCodec.read(r.ringQ(), limbs, b, "ciphertext");
            if (seeded) {
                p[1] = PublicPolynomials.expandQ(r, seed, "ct", limbs);
            } else {
                for (int i = 1; i < polys; i++) p[i] = PolyCodec.read(r.ringQ(), limbs, b, "ciphertext");
            }
            return new Ciphertext(params, id, p, scale, ntt, seed);
        });
    }

    // ---------------------------------------------------------------- helpers

    private static Envelope.Opened open(byte[] data, ObjectType type, SchemeParameters params) {
        Envelope.Opened o = Envelope.open(data, type);
        if (!o.id().equals(params.id())) {
            throw new ParameterMismatchException("this " + type + " was made for parameter set " + o.id().shortHex()
                    + ", not for " + params.id().shortHex() + " (" + params.name() + ")");
        }
        return o;
    }

    private static KeyId keyId(ByteBuffer b) {
        byte[] id = new byte[KeyId.LENGTH];
        b.get(id);
        return new KeyId(id);
    }

    private static byte[] seed(ByteBuffer b) {
        byte[] s = new byte[SEED];
        b.get(s);
        return s;
    }
}
