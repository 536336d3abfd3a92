package org.govhall.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.govhall.exchange.internal.ClientRegistrations.Registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many calls a department system may make (调用限额): its calls per minute, counted on this node, and its
 * daily quota, counted in the database for every node together.
 */
@Component
public class CallAllowance {

	private final JdbcClient jdbc;

	private final ClientRegistrations registrations;

	private final Clock clock;

	private final CallsPerMinute recentCalls;

	/** @param callClock what the per-minute limit counts on (the hall's clock; a test's own in the tests) */
	CallAllowance(JdbcClient jdbc, ClientRegistrations registrations, Clock clock, InstantSource callClock) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.clock = clock;
		this.recentCalls = new CallsPerMinute(callClock);
	}

	/** Why a call was not allowed. */
	public enum Refusal {
		RATE_LIMIT, DAILY_QUOTA
	}

	/** A refused call: why, and how long to wait before the next one may pass. */
	public record Refused(Refusal reason, Duration retryAfter) {
	}

	/** Counts a call of {@code clientId}; answers the refusal, if any (a refused call is not counted). */
	public Optional<Refused> admit(String clientId) {
		Optional<Registration> registration = registrations.of(clientId);
		int perMinute = registration.map(Registration::requestsPerMinute).orElse(0);
		if (!recentCalls.admit(clientId, perMinute)) {
			return Optional.of(new Refused(Refusal.RATE_LIMIT, Duration.ofMinutes(1)));
		}
		Integer quota = registration.map(Registration::dailyQuota).orElse(null);
		if (quota == null) {
			return Optional.empty();
		}
		boolean counted = jdbc.sql("""
				insert into exchange_client_usage (client_id, day, calls) values (?, ?, 1)
				on conflict (client_id, day) do update set calls = exchange_client_usage.calls + 1
				where exchange_client_usage.calls < ?
				returning calls""")
			.params(clientId, LocalDate.now(clock), quota).query(Integer.class).optional().isPresent();
		return counted ? Optional.empty() : Optional.of(new Refused(Refusal.DAILY_QUOTA, untilTomorrow()));
	}

	/** From now until the next day starts, and a second more. */
	private Duration untilTomorrow() {
		ZonedDateTime now = ZonedDateTime.now(clock);
		return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())).plusSeconds(1);
	}
}
