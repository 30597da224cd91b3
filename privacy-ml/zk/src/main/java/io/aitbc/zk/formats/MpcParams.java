package io.aitbc.zk.formats;

import io.aitbc.zk.bn254.G1Point;
import io.aitbc.zk.bn254.G2Point;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 10 of a zkey, snarkjs's phase-2 transcript: the circuit hash (BLAKE2b-512 over the initial
 * key) and the contributions, each with the new delta and a proof of knowledge of the factor
 * (g1_s, g1_sx = x g1_s, g2_spx = x hashToG2(transcript)), so that {@code snarkjs zkey verify} can
 * check the chain.
 */
public record MpcParams(byte[] circuitHash, List<Contribution> contributions) {

    /** One contribution; {@code params} holds its optional name/beacon fields as raw bytes. */
    public record Contribution(G1Point deltaAfter, G1Point g1s, G1Point g1sx, G2Point g2spx, byte[] transcript, int type,
                               byte[] params) {
    }

    public MpcParams {
        if (circuitHash.length != 64) {
            throw new IllegalArgumentException("circuit hash must be 64 bytes");
        }
        circuitHash = circuitHash.clone();
        contributions = List.copyOf(contributions);
    }

    public static MpcParams initial(byte[] circuitHash) {
        return new MpcParams(circuitHash, List.of());
    }

    public MpcParams with(Contribution c) {
        List<Contribution> all = new ArrayList<>(contributions);
        all.add(c);
        return new MpcParams(circuitHash, all);
    }

    public static MpcParams parse(byte[] section) throws ZkFormatException {
        ByteBuffer b = ByteBuffer.wrap(section).order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] hash = new byte[64];
            b.get(hash);
            int n = b.getInt();
            if (n < 0 || n > section.length / 396) {
                throw new ZkFormatException("zkey section 10: " + Integer.toUnsignedString(n) + " contributions cannot fit");
            }
            List<Contribution> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                G1Point deltaAfter = G1Point.fromAffineLimbs(limbs(b, 8), 0);
                G1Point g1s = G1Point.fromAffineLimbs(limbs(b, 8), 0);
                G1Point g1sx = G1Point.fromAffineLimbs(limbs(b, 8), 0);
                G2Point g2spx = G2Point.fromAffineLimbs(limbs(b, 16), 0);
                byte[] transcript = new byte[64];
                b.get(transcript);
                int type = b.getInt();
                int len = b.getInt();
                if (len < 0 || len > b.remaining()) {
                    throw new ZkFormatException("zkey section 10: contribution " + i + " parameters overrun the section");
                }
                byte[] params = new byte[len];
                b.get(params);
                list.add(new Contribution(deltaAfter, g1s, g1sx, g2spx, transcript, type, params));
            }
            if (b.hasRemaining()) {
                throw new ZkFormatException("zkey section 10: " + b.remaining() + " unexpected trailing bytes");
            }
            return new MpcParams(hash, list);
        } catch (BufferUnderflowException e) {
            throw new ZkFormatException("zkey section 10: truncated");
        } catch (IllegalArgumentException e) {
            throw new ZkFormatException("zkey section 10: " + e.getMessage());
        }
    }

    private static long[] limbs(ByteBuffer b, int n) {
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            l[i] = b.getLong();
        }
        return l;
    }

    public byte[] toBytes() {
        int size = 68;
        for (Contribution c : contributions) {
            size += 64 * 3 + 128 + 64 + 8 + c.params().length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put(circuitHash).putInt(contributions.size());
        long[] l = new long[16];
        for (Contribution c : contributions) {
            for (G1Point p : List.of(c.deltaAfter(), c.g1s(), c.g1sx())) {
                p.writeAffineLimbs(l, 0);
                putLimbs(b, l, 8);
            }
            c.g2spx().writeAffineLimbs(l, 0);
            putLimbs(b, l, 16);
            b.put(c.transcript()).putInt(c.type()).putInt(c.params().length).put(c.params());
        }
        return b.array();
    }

    private static void putLimbs(ByteBuffer b, long[] l, int n) {
        for (int i = 0; i < n; i++) {
            b.putLong(l[i]);
        }
    }
}
