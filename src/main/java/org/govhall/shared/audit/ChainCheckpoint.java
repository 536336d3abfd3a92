package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A signed checkpoint (检查点) of the audit chain's head, kept outside the database (ADR 0012): the newest entry's
 * sequence number and hash when the checkpoint was written, by which node and when. Each checkpoint also names
 * the one written before it in the same node's file ({@code previous}), so that a node's checkpoints form a hash
 * chain of their own.
 *
 * @param node the node that wrote it (letters, digits, {@code . _ -})
 * @param seq the sequence number of the chain's newest entry
 * @param hash that entry's hash
 * @param algorithm that entry's hash algorithm, SM3 or SHA-256; also the digest of {@code previous}
 * @param at when it was written, by the node's clock
 * @param previous the {@link #link() link} of the node's previous checkpoint, or {@link AuditEntry#GENESIS}
 * @param key the signing key's id (16 hex digits)
 * @param signatureAlgorithm SM2 or Ed25519
 * @param signature the signature of {@link #signedText()}, in base64
 */
public record ChainCheckpoint(String node, long seq, String hash, String algorithm, Instant at, String previous,
		String key, String signatureAlgorithm, String signature) {

	/** The first line of every signed text: names the format. */
	public static final String FORMAT = "govhall-audit-checkpoint/1";

	private static final Pattern NODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

	/** Refuses any field outside its form, so that the signed text is unambiguous. */
	public ChainCheckpoint {
		require(node != null && NODE.matcher(node).matches(), "node");
		require(seq >= 1, "seq");
		require(hash != null && HEX64.matcher(hash).matches(), "hash");
		require(AuditHashing.supports(algorithm), "algorithm");
		require(at != null, "at");
		require(previous != null && HEX64.matcher(previous).matches(), "previous");
		require(key != null && KEY_ID.matcher(key).matches(), "key");
		require(CheckpointKey.SM2.equals(signatureAlgorithm) || CheckpointKey.ED25519.equals(signatureAlgorithm),
				"signatureAlgorithm");
		require(signature != null, "signature");
	}

	/** Whether {@code node} can name a node (and its file). */
	public static boolean isNodeName(String node) {
		return node != null && NODE.matcher(node).matches();
	}

	/**
	 * What the signature covers: UTF-8 text, one field a line, each line ending in a line feed.
	 *
	 * <pre>
	 * govhall-audit-checkpoint/1
	 * node=…
	 * seq=…
	 * hash=…
	 * algorithm=…
	 * at=…            (ISO-8601, UTC)
	 * previous=…
	 * key=…
	 * signature-algorithm=…
	 * </pre>
	 */
	public String signedText() {
		return FORMAT + "\nnode=" + node + "\nseq=" + seq + "\nhash=" + hash + "\nalgorithm=" + algorithm + "\nat="
				+ at + "\nprevious=" + previous + "\nkey=" + key + "\nsignature-algorithm=" + signatureAlgorithm + "\n";
	}

	/**
	 * What the node's next checkpoint names as {@code previous}: the digest (with the next checkpoint's algorithm)
	 * of this one's signed text followed by the line {@code signature=<signature>} and a line feed, in hex.
	 */
	public String link(String nextAlgorithm) {
		byte[] input = (signedText() + "signature=" + signature + "\n").getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(AuditHashing.digest(nextAlgorithm, input));
	}

	/** The checkpoint of this head, linked to {@code previous}, signed with {@code signer}. */
	static ChainCheckpoint sign(CheckpointKey signer, String node, long seq, String hash, String algorithm,
			Instant at, String previous) {
		ChainCheckpoint unsigned = new ChainCheckpoint(node, seq, hash, algorithm, at, previous, signer.id(),
				signer.algorithm(), "");
		return new ChainCheckpoint(node, seq, hash, algorithm, at, previous, signer.id(), signer.algorithm(),
				signer.sign(unsigned.signedText()));
	}

	private static void require(boolean valid, String field) {
		if (!valid) {
			throw new IllegalArgumentException("checkpoint field " + field + " is missing or malformed");
		}
	}
}
