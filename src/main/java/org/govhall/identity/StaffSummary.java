package org.govhall.identity;

import java.time.Instant;
import java.util.Set;

import org.govhall.shared.security.StaffRole;

/**
 * A staff account as shown to administrators; never carries the password hash.
 */
public record StaffSummary(long id, String username, String displayName, long departmentId, Set<StaffRole> roles,
		boolean enabled, Instant lockedUntil, Instant lastSignedInAt) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
