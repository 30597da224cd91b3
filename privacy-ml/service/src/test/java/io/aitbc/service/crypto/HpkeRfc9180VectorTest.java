package io.aitbc.service.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * Bouncy Castle's HPKE against the base-mode test vectors of RFC 9180 Appendix A for the X25519 KEM:
 * A.1.1 (AES-128-GCM) and A.2.1 (ChaCha20Poly1305). The RFC has no X25519 vector with AES-256-GCM, the
 * AEAD used in production; that suite is checked against pyca/cryptography in {@link HpkeInteropTest}.
 */
class HpkeRfc9180VectorTest {

    private static final String INFO = "4f6465206f6e2061204772656369616e2055726e";
    private static final String PT = "4265617574792069732074727574682c20747275746820626561757479";

    record Encryption(int sequence, String aad, String ciphertext) {
    }

    record Export(String context, String value) {
    }

    record Vector(short aeadId, String ikmE, String skEm, String pkEm, String ikmR, String skRm, String pkRm,
            List<Encryption> encryptions, List<Export> exports) {
    }

    @Test
    void appendixA11_x25519_sha256_aes128gcm() {
        check(new Vector(HPKE.aead_AES_GCM128,
                "7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234",
                "52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736",
                "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
                "6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037",
                "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8",
                "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d",
                List.of(
                        new Encryption(0, "436f756e742d30", "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a"),
                        new Encryption(1, "436f756e742d31", "af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2063b84"),
                        new Encryption(2, "436f756e742d32", "498dfcabd92e8acedc281e85af1cb4e3e31c7dc394a1ca20e173cb72516491588d96a19ad4a683518973dcc180"),
                        new Encryption(4, "436f756e742d34", "583bd32bc67a5994bb8ceaca813d369bca7b2a42408cddef5e22f880b631215a09fc0012bc69fccaa251c0246d"),
                        new Encryption(255, "436f756e742d323535", "7175db9717964058640a3a11fb9007941a5d1757fda1a6935c805c21af32505bf106deefec4a49ac38d71c9e0a"),
                        new Encryption(256, "436f756e742d323536", "957f9800542b0b8891badb026d79cc54597cb2d225b54c00c5238c25d05c30e3fbeda97d2e0e1aba483a2df9f2")),
                List.of(
                        new Export("", "3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee"),
                        new Export("00", "2e8f0b54673c7029649d4eb9d5e33bf1872cf76d623ff164ac185da9e88c21a5"),
                        new Export("54657374436f6e74657874", "e9e43065102c3836401bed8c3c3c75ae46be1639869391d62c61f1ec7af54931"))));
    }

    @Test
    void appendixA21_x25519_sha256_chacha20poly1305() {
        check(new Vector(HPKE.aead_CHACHA20_POLY1305,
                "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b",
                "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600",
                "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a",
                "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df",
                "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb",
                "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a",
                List.of(
                        new Encryption(0, "436f756e742d30", "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28"),
                        new Encryption(1, "436f756e742d31", "6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e85285337cc95ba5f59992dc98c"),
                        new Encryption(2, "436f756e742d32", "71146bd6795ccc9c49ce25dda112a48f202ad220559502cef1f34271e0cb4b02b4f10ecac6f48c32f878fae86b"),
                        new Encryption(4, "436f756e742d34", "63357a2aa291f5a4e5f27db6baa2af8cf77427c7c1a909e0b37214dd47db122bb153495ff0b02e9e54a50dbe16"),
                        new Encryption(255, "436f756e742d323535", "18ab939d63ddec9f6ac2b60d61d36a7375d2070c9b683861110757062c52b8880a5f6b3936da9cd6c23ef2a95c"),
                        new Encryption(256, "436f756e742d323536", "7a4a13e9ef23978e2c520fd4d2e757514ae160cd0cd05e556ef692370ca53076214c0c40d4c728d6ed9e727a5b")),
                List.of(
                        new Export("", "4bbd6243b8bb54cec311fac9df81841b6fd61f56538a775e7c80a9f40160606e"),
                        new Export("00", "8c1df14732580e5501b00f82b10a1647b40713191b7c1240ac80e2b68808ba69"),
                        new Export("54657374436f6e74657874", "5acb09211139c43b3090489a9da433e8a30ee7188ba8b0a9a1ccf0c229283e53"))));
    }

    private static void check(Vector v) {
        HPKE hpke = new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, v.aeadId());
        AsymmetricCipherKeyPair ephemeral = hpke.deriveKeyPair(Hex.decode(v.ikmE()));
        AsymmetricCipherKeyPair recipient = hpke.deriveKeyPair(Hex.decode(v.ikmR()));
        // RFC 9180 section 7.1.2: SerializePrivateKey MUST clamp for X25519; the vectors list the unclamped bytes.
        assertEquals(clamped(v.skEm()), Hex.toHexString(hpke.serializePrivateKey(ephemeral.getPrivate())));
        assertEquals(v.pkEm(), Hex.toHexString(hpke.serializePublicKey(ephemeral.getPublic())));
        assertEquals(clamped(v.skRm()), Hex.toHexString(hpke.serializePrivateKey(recipient.getPrivate())));
        assertEquals(v.pkRm(), Hex.toHexString(hpke.serializePublicKey(recipient.getPublic())));

        HPKEContextWithEncapsulation sender = hpke.setupBaseS(recipient.getPublic(), Hex.decode(INFO), ephemeral);
        assertEquals(v.pkEm(), Hex.toHexString(sender.getEncapsulation()), "enc");
        HPKEContext receiver = hpke.setupBaseR(sender.getEncapsulation(), recipient, Hex.decode(INFO));

        int sequence = 0;
        for (Encryption expected : v.encryptions()) {
            // The sequence number advances with every message, so seal and open the ones in between too.
            for (; sequence < expected.sequence(); sequence++) {
                byte[] skipped = seal(sender, new byte[0]);
                open(receiver, new byte[0], skipped);
            }
            byte[] ciphertext = seal(sender, Hex.decode(expected.aad()));
            assertEquals(expected.ciphertext(), Hex.toHexString(ciphertext), "sequence " + expected.sequence());
            assertArrayEquals(Hex.decode(PT), open(receiver, Hex.decode(expected.aad()), ciphertext));
            sequence++;
        }
        for (Export export : v.exports()) {
            assertEquals(export.value(), Hex.toHexString(sender.export(Hex.decode(export.context()), 32)));
            assertEquals(export.value(), Hex.toHexString(receiver.export(Hex.decode(export.context()), 32)));
        }
    }

    /** decodeScalar25519 of RFC 7748 section 5. */
    private static String clamped(String scalar) {
        byte[] k = Hex.decode(scalar);
        k[0] &= (byte) 248;
        k[31] &= 127;
        k[31] |= 64;
        return Hex.toHexString(k);
    }

    private static byte[] seal(HPKEContext context, byte[] aad) {
        try {
            return context.seal(aad, Hex.decode(PT));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] open(HPKEContext context, byte[] aad, byte[] ciphertext) {
        try {
            return context.open(aad, ciphertext);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
