package org.govhall.exchange.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.govhall.exchange.AccessGrant;

import org.springframework.stereotype.Component;

/**
 * This node's memory of which grant a consumer reads a resource under. A remembered grant is only a guess: every
 * lookup checks in its own statement that the grant is still in force ({@link GovernedLookups}), and a grant
 * revoked, superseded or expired on any node is forgotten and read again. A grant's fields and masking never
 * change once granted, so the guess is never answered with the wrong fields.
 */
@Component
public class ActiveGrants {

	private final ResourceStore store;

	private final Map<String, AccessGrant> remembered = new ConcurrentHashMap<>();

	ActiveGrants(ResourceStore store) {
		this.store = store;
	}

	/** The grant a consumer reads a resource under on {@code day}, if any. */
	public Optional<AccessGrant> of(String resource, String consumer, LocalDate day) {
		String key = key(resource, consumer);
		AccessGrant known = remembered.get(key);
		if (known != null && known.activeOn(day)) {
			return Optional.of(known);
		}
		Optional<AccessGrant> fresh = store.activeGrant(resource, consumer, day);
		fresh.ifPresentOrElse(grant -> remembered.put(key, grant), () -> remembered.remove(key));
		return fresh;
	}

	/** Forgets what this node knows of a consumer's grant for a resource (after a change, or a stale answer). */
	public void forget(String resource, String consumer) {
		remembered.remove(key(resource, consumer));
	}

	private static String key(String resource, String consumer) {
		return resource + '\u0000' + consumer;
	}
}
