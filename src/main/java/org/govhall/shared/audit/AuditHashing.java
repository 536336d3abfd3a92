package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Hashes an entry of the audit chain with SM3 (GB/T 32905) or SHA-256 over the previous hash and an unambiguous
 * encoding of every field (each value length-prefixed, details sorted by key), so that no two different entries
 * share an encoding.
 */
public final class AuditHashing {

	public static final String SM3 = "SM3";

	public static final String SHA_256 = "SHA-256";

	private AuditHashing() {
	}

	public static boolean supports(String algorithm) {
		return SM3.equals(algorithm) || SHA_256.equals(algorithm);
	}

	public static String hash(AuditEntry entry) {
		return hash(entry.algorithm(), entry.previousHash(), encode(entry));
	}

	static String encode(AuditEntry e) {
		StringBuilder out = new StringBuilder(256);
		field(out, Long.toString(e.seq()));
		field(out, e.occurredAt().toString());
		field(out, e.actor());
		field(out, e.actingFor());
		field(out, e.action());
		field(out, e.objectType());
		field(out, e.objectId());
		field(out, e.purpose());
		field(out, e.outcome().name());
		Map<String, String> sorted = new TreeMap<>(e.details());
		field(out, Integer.toString(sorted.size()));
		sorted.forEach((k, v) -> {
			field(out, k);
			field(out, v);
		});
		field(out, e.clientAddress());
		field(out, e.algorithm());
		return out.toString();
	}

	private static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append("-1:");
		}
		else {
			out.append(value.length()).append(':').append(value);
		}
		out.append('|');
	}

	static String hash(String algorithm, String previousHash, String encoded) {
		byte[] input = (previousHash + "\n" + encoded).getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(digest(algorithm, input));
	}

	/** The bare digest (package-private: pinned to the standard's test vectors in the tests). */
	static byte[] digest(String algorithm, byte[] input) {
		if (SM3.equals(algorithm)) {
			SM3Digest sm3 = new SM3Digest();
			sm3.update(input, 0, input.length);
			byte[] out = new byte[sm3.getDigestSize()];
			sm3.doFinal(out, 0);
			return out;
		}
		if (SHA_256.equals(algorithm)) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(input);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalArgumentException("Unsupported audit hash algorithm: " + algorithm);
	}
}
