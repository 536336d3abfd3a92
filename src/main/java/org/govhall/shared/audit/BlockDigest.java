package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The digest of a block of journal entries sealed into the audit trail: SM3 or SHA-256 (the trail's algorithm)
 * over the previous block's digest and, for each entry in order, an unambiguous encoding of its fields (each
 * value length-prefixed, as {@link AuditHashing} encodes entries), so that no two different blocks share a digest.
 * Not thread-safe; one per block.
 */
public final class BlockDigest {

	private final Digest digest;

	private final StringBuilder entry = new StringBuilder(256);

	private long entries;

	private BlockDigest(Digest digest, String previous) {
		this.digest = digest;
		update(previous + "\n");
	}

	/** Starts the digest of a block that follows the block whose digest is {@code previous}. */
	public static BlockDigest after(String algorithm, String previous) {
		Digest digest = switch (algorithm) {
			case AuditHashing.SM3 -> new SM3Digest();
			case AuditHashing.SHA_256 -> new SHA256Digest();
			default -> throw new IllegalArgumentException("Unsupported audit hash algorithm: " + algorithm);
		};
		return new BlockDigest(digest, previous);
	}

	/** Adds one entry, its fields in a fixed order; {@code null} is distinct from every text. */
	public BlockDigest add(Object... fields) {
		entry.setLength(0);
		entry.append(fields.length).append('|');
		for (Object field : fields) {
			if (field == null) {
				entry.append("-1:|");
			}
			else {
				String text = field.toString();
				entry.append(text.length()).append(':').append(text).append('|');
			}
		}
		update(entry.append('\n').toString());
		entries++;
		return this;
	}

	public long entries() {
		return entries;
	}

	/** The block's digest in lower-case hex; the digest cannot be used afterwards. */
	public String finish() {
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private void update(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		digest.update(bytes, 0, bytes.length);
	}
}
