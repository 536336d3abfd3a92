package org.govhall.identity.internal.people;

import java.time.Instant;
import java.util.UUID;

import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.PersonPrincipal;

/** A citizen's account as stored. */
public record PersonAccount(long id, UUID subject, String identityNumber, String name, String mobile,
		String passwordHash, AssuranceLevel assurance, Instant realNameCheckedAt, boolean enabled, Instant lockedUntil,
		Instant lastSignedInAt, Instant createdAt) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public PersonPrincipal principal(Instant now) {
		return new PersonPrincipal(id, subject.toString(), name, assurance, enabled, lockedAt(now), passwordHash);
	}

	/** The mobile with its middle digits hidden, e.g. 138****1234. */
	public String maskedMobile() {
		return Masks.mobile(mobile);
	}

	/** The identity number with all but the first and last digits hidden. */
	public String maskedIdentityNumber() {
		return Masks.identityNumber(identityNumber);
	}
}
