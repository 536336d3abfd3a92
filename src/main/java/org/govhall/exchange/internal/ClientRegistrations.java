package org.govhall.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The active registrations of department systems, read on every gateway call (authentication, rate limit, daily
 * quota) and so kept for a short while on each node. A registration, re-registration or deactivation on this node
 * takes effect here at once (the entry is forgotten, again after the change commits); one made on another node
 * within {@link #FRESHNESS}. Only active clients are kept, so unknown client ids cannot fill the cache.
 */
@Component
class ClientRegistrations {

	/** How long a registration read from the database is trusted on this node. */
	static final Duration FRESHNESS = Duration.ofSeconds(30);

	/** The most registrations kept; past that the cache starts afresh. */
	static final int CAPACITY = 10_000;

	/** An active client: its department, public key (none for access-token clients) and limits. */
	record Registration(String department, String publicJwk, int requestsPerMinute, Integer dailyQuota) {
	}

	private record Kept(Registration registration, Instant readAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/** Counts forgettings: a read that overlapped one is not kept, as it may predate the change. */
	private final AtomicLong changes = new AtomicLong();

	ClientRegistrations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The active registration of a client. */
	Optional<Registration> of(String clientId) {
		Instant now = clock.instant();
		Kept entry = kept.get(clientId);
		if (entry != null && now.isBefore(entry.readAt().plus(FRESHNESS))) {
			return Optional.of(entry.registration());
		}
		long before = changes.get();
		Optional<Registration> read = jdbc.sql("""
				select department_code, public_key_jwk, requests_per_minute, daily_quota from exchange_client
				where client_id = ? and active""").param(clientId)
			.query((rs, n) -> new Registration(rs.getString(1), rs.getString(2), rs.getInt(3),
					(Integer) rs.getObject(4)))
			.optional();
		if (read.isEmpty()) {
			kept.remove(clientId);
		}
		else if (changes.get() == before) {
			if (kept.size() >= CAPACITY) {
				kept.clear();
			}
			kept.put(clientId, new Kept(read.get(), now));
		}
		return read;
	}

	/** Forgets a client's registration now and once more when the current transaction commits. */
	void changed(String clientId) {
		forget(clientId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget(clientId);
				}
			});
		}
	}

	private void forget(String clientId) {
		changes.incrementAndGet();
		kept.remove(clientId);
	}
}
