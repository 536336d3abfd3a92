package org.govhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One address gets a limited number of sign-in attempts per window; other addresses are not affected. */
class SignInThrottleTests {

	@Test
	void an_address_is_refused_after_its_attempts_until_the_window_moves_on() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		SignInThrottle throttle = new SignInThrottle(3, clock);
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isFalse();
		assertThat(throttle.allow("10.0.0.2")).isTrue();
		now.set(now.get().plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1)));
		assertThat(throttle.allow("10.0.0.1")).isTrue();
	}
}
