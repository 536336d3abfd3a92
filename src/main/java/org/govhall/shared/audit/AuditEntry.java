package org.govhall.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One link of the audit chain as stored: the event, where it stands in the chain, and its hash over the
 * previous entry's hash and its own content.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actingFor, String action,
		String objectType, String objectId, String purpose, AuditOutcome outcome, Map<String, String> details,
		String clientAddress, String algorithm, String previousHash, String hash) {

	/** The hash a chain starts from. */
	public static final String GENESIS = "0".repeat(64);
}
