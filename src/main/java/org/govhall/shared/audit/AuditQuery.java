package org.govhall.shared.audit;

import java.time.Instant;

/**
 * A search of the audit trail; every criterion is optional.
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, Instant from, Instant to,
		int page, int size) {

	public static final int MAX_SIZE = 200;

	public AuditQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
	}
}
