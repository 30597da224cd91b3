package io.aitbc.service.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.util.Arrays;

/**
 * Key escrow of data keys by k-of-n Shamir sharing among escrow agents.
 *
 * <ol>
 *   <li>{@link #escrow}: split the data key, seal each share to its agent's X25519 key with HPKE (bound
 *       to the data key id, k, n, the share index, the agent id and the context).</li>
 *   <li>Each agent {@link #openShare opens} its share and {@link #handOver hands it over}, sealed to the
 *       person recovering the key, who {@link #receive receives} it.</li>
 *   <li>{@link #recover} checks every share against its digest and combines any k of them; the result
 *       must match the key-check value.</li>
 * </ol>
 */
public final class KeyEscrow {

    private static final String SHARE_LABEL = "aitbc/escrow/share/v1";
    private static final String DIGEST_LABEL = "aitbc/escrow/share-digest/v1";
    private static final String KEY_CHECK_LABEL = "aitbc/escrow/key-check/v1";
    private static final String HANDOVER_LABEL = "aitbc/escrow/handover/v1";

    private final SecureRandom random;
    private final Hpke hpke;

    public KeyEscrow(SecureRandom random) {
        this.random = random;
        this.hpke = new Hpke(random);
    }

    public EscrowBundle escrow(AesKey dataKey, EscrowPolicy policy, EncryptionContext context) {
        byte[] material = dataKey.material();
        try {
            int n = policy.agents().size();
            List<ShamirShare> shares = new ShamirSecretSharing(random).split(material, policy.threshold(), n);
            List<EscrowBundle.Entry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                X25519PublicKey agent = policy.agents().get(i);
                ShamirShare share = shares.get(i);
                byte[] y = share.y();
                Hpke.Sealed sealed = hpke.seal(agent, shareInfo(dataKey.id(), policy.threshold(), n, share.x(), agent.id(), context),
                        new byte[0], y);
                entries.add(new EscrowBundle.Entry(share.x(), agent.id(), digest(dataKey.id(), share.x(), y), sealed.enc(), sealed.ciphertext()));
                java.util.Arrays.fill(y, (byte) 0);
            }
            return new EscrowBundle(dataKey.id(), policy.threshold(), keyCheck(dataKey.id(), material), entries);
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    /**
     * The agent's side: opens its own share for the context the key was escrowed under.
     *
     * @throws KeyUnavailableException if the bundle holds no share for this agent
     * @throws AuthenticationFailedException if the sealed share was modified or the context differs
     */
    public static EscrowShare openShare(EscrowBundle bundle, X25519KeyPair agent, EncryptionContext context) {
        EscrowBundle.Entry entry = bundle.entries().stream()
                .filter(e -> e.agentId().equals(agent.id()))
                .findFirst()
                .orElseThrow(() -> new KeyUnavailableException("escrow bundle of " + bundle.dataKeyId()
                        + " holds no share for agent '" + agent.id() + "'; its agents are " + bundle.agentIds()));
        byte[] info = shareInfo(bundle.dataKeyId(), bundle.threshold(), bundle.shareCount(), entry.x(), agent.id(), context);
        byte[] y = Hpke.open(agent, entry.enc(), info, new byte[0], entry.sealedShare(), "escrow share of agent '" + agent.id() + "'");
        EscrowShare share = new EscrowShare(bundle.dataKeyId(), agent.id(), new ShamirShare(entry.x(), y));
        java.util.Arrays.fill(y, (byte) 0);
        return share;
    }

    /**
     * Recovers the data key from at least {@code threshold} shares of distinct agents.
     *
     * @throws EscrowRecoveryException if a share belongs to another key or agent slot, fails its digest,
     *     or fewer than {@code threshold} distinct shares are given
     */
    public static AesKey recover(EscrowBundle bundle, Collection<EscrowShare> shares) {
        Map<Integer, ShamirShare> valid = new TreeMap<>();
        for (EscrowShare share : shares) {
            verify(bundle, share);
            valid.put(share.index(), share.share());
        }
        if (valid.size() < bundle.threshold()) {
            throw new EscrowRecoveryException("recovering " + bundle.dataKeyId() + " needs shares of " + bundle.threshold()
                    + " distinct agents, got " + valid.size());
        }
        byte[] material = ShamirSecretSharing.combine(new ArrayList<>(valid.values()).subList(0, bundle.threshold()));
        try {
            if (!Arrays.constantTimeAreEqual(bundle.keyCheck(), keyCheck(bundle.dataKeyId(), material))) {
                throw new EscrowRecoveryException("recovered key for " + bundle.dataKeyId() + " fails the bundle's key check");
            }
            return AesKey.of(bundle.dataKeyId(), material);
        } finally {
            java.util.Arrays.fill(material, (byte) 0);
        }
    }

    /** Seals an opened share to whoever recovers the key, so that it never travels in the clear. */
    public byte[] handOver(EscrowShare share, X25519PublicKey recoverer) {
        byte[] y = share.share().y();
        byte[] plaintext = new ByteWriter().keyId(share.dataKeyId()).keyId(share.agentId()).u8(share.index()).raw(y).toByteArray();
        java.util.Arrays.fill(y, (byte) 0);
        ByteWriter out = new ByteWriter();
        Format.writeHeader(out, Format.Type.ESCROW_SHARE);
        out.keyId(recoverer.id());
        byte[] header = out.toByteArray();
        Hpke.Sealed sealed = hpke.seal(recoverer, Transcript.of(HANDOVER_LABEL).bytes(), header, plaintext);
        java.util.Arrays.fill(plaintext, (byte) 0);
        return out.raw(sealed.enc()).u16Bytes(sealed.ciphertext()).toByteArray();
    }

    public static EscrowShare receive(byte[] handedOver, X25519KeyPair recoverer) {
        String what = Format.Type.ESCROW_SHARE.description;
        ByteReader in = Format.readHeader(handedOver, Format.Type.ESCROW_SHARE);
        KeyId addressee = in.keyId("recipient id");
        byte[] header = java.util.Arrays.copyOf(handedOver, in.position());
        byte[] enc = in.bytes(Hpke.ENC_LENGTH, "HPKE encapsulation");
        byte[] ciphertext = in.u16Bytes("sealed share");
        in.expectEnd();
        if (!addressee.equals(recoverer.id())) {
            throw new KeyUnavailableException(what + " is sealed to '" + addressee + "', not to '" + recoverer.id() + "'");
        }
        byte[] plaintext = Hpke.open(recoverer, enc, Transcript.of(HANDOVER_LABEL).bytes(), header, ciphertext, what);
        ByteReader share = new ByteReader(plaintext, what);
        KeyId dataKeyId = share.keyId("data key id");
        KeyId agentId = share.keyId("agent id");
        int x = share.u8("share index");
        byte[] y = share.bytes(AesKey.LENGTH, "share value");
        share.expectEnd();
        java.util.Arrays.fill(plaintext, (byte) 0);
        try {
            return new EscrowShare(dataKeyId, agentId, new ShamirShare(x, y));
        } catch (IllegalArgumentException e) {
            throw new MalformedCiphertextException(what + ": " + e.getMessage());
        } finally {
            java.util.Arrays.fill(y, (byte) 0);
        }
    }

    private static void verify(EscrowBundle bundle, EscrowShare share) {
        if (!share.dataKeyId().equals(bundle.dataKeyId())) {
            throw new EscrowRecoveryException("share of agent '" + share.agentId() + "' is for data key " + share.dataKeyId()
                    + ", not " + bundle.dataKeyId());
        }
        EscrowBundle.Entry entry = bundle.entries().stream().filter(e -> e.x() == share.index()).findFirst()
                .orElseThrow(() -> new EscrowRecoveryException("the bundle has no share with index " + share.index()));
        if (!entry.agentId().equals(share.agentId())) {
            throw new EscrowRecoveryException("share index " + share.index() + " belongs to agent '" + entry.agentId()
                    + "', not '" + share.agentId() + "'");
        }
        byte[] y = share.share().y();
        boolean intact = Arrays.constantTimeAreEqual(entry.digest(), digest(bundle.dataKeyId(), share.index(), y));
        java.util.Arrays.fill(y, (byte) 0);
        if (!intact) {
            throw new EscrowRecoveryException("share of agent '" + share.agentId() + "' (index " + share.index()
                    + ") fails its integrity check: it was altered");
        }
    }

    private static byte[] shareInfo(KeyId dataKeyId, int threshold, int count, int x, KeyId agentId, EncryptionContext context) {
        return Transcript.of(SHARE_LABEL).add(dataKeyId).add(threshold).add(count).add(x).add(agentId).add(context).bytes();
    }

    private static byte[] digest(KeyId dataKeyId, int x, byte[] y) {
        return Transcript.of(DIGEST_LABEL).add(dataKeyId).add(x).add(y).sha256();
    }

    private static byte[] keyCheck(KeyId dataKeyId, byte[] material) {
        return Transcript.of(KEY_CHECK_LABEL).add(dataKeyId).hmacSha256(material);
    }
}
