package org.govhall.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets the hall keeps in its database (signing keys, authenticator secrets, later licence seals) with
 * AES-256-GCM under the hall's key-encryption key. A sealed value is text:
 * {@code sealed:v1:<key fingerprint>:<base64url(nonce | cipher text | tag)>}. Each value is bound to a context
 * (the table and row it belongs to) as associated data, so a sealed value copied to another row does not open;
 * a changed byte, another key or another context is refused with {@link SecretBoxException}.
 */
public final class SecretBox {

	/** How every sealed value begins; a value without it is plain (written before sealing existed). */
	public static final String PREFIX = "sealed:v1:";

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final String fingerprint;

	private final SecureRandom random = new SecureRandom();

	/** @param keyBytes the key-encryption key: exactly 32 bytes */
	public SecretBox(byte[] keyBytes) {
		if (keyBytes == null || keyBytes.length != KEY_BYTES) {
			throw new IllegalArgumentException("the key-encryption key must be 32 bytes (AES-256)");
		}
		this.key = new SecretKeySpec(keyBytes.clone(), "AES");
		this.fingerprint = fingerprint(keyBytes);
	}

	/** Whether a stored value is sealed (rather than plain). */
	public static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	/** Seals {@code plain} for {@code context} (e.g. {@code identity_signing_key:<kid>}). */
	public String seal(String plain, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + fingerprint + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	/** Opens a value sealed for {@code context}; refuses anything altered, of another key or another context. */
	public String open(String sealed, String context) {
		if (!isSealed(sealed)) {
			throw new SecretBoxException("not a sealed value");
		}
		String[] parts = sealed.substring(PREFIX.length()).split(":", 2);
		if (parts.length != 2) {
			throw new SecretBoxException("malformed sealed value");
		}
		if (!parts[0].equals(fingerprint)) {
			throw new SecretBoxException("sealed under another key (" + parts[0] + "), not the configured one ("
					+ fingerprint + ")");
		}
		byte[] raw;
		try {
			raw = Base64.getUrlDecoder().decode(parts[1]);
		}
		catch (IllegalArgumentException bad) {
			throw new SecretBoxException("malformed sealed value");
		}
		if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new SecretBoxException("malformed sealed value");
		}
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(raw, NONCE_BYTES), context);
			byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException tampered) {
			throw new SecretBoxException("sealed value altered or sealed for another context");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is not available", e);
		}
	}

	/** Opens a sealed value, or answers a plain one as it is (rows written before sealing existed). */
	public String openOrPlain(String stored, String context) {
		return isSealed(stored) ? open(stored, context) : stored;
	}

	/** A short public identification of the key (not secret), written into every sealed value. */
	public String fingerprint() {
		return fingerprint;
	}

	private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static String fingerprint(byte[] keyBytes) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("govhall-secret-box-key".getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest.digest(keyBytes), 0, 4);
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
