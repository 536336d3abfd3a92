package org.govhall.exchange;

import java.time.Instant;

import org.govhall.exchange.internal.CallsPerMinute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-minute limit of lookups and gateway calls, on the clock it is given. */
class CallsPerMinuteTests {

	private static final Instant START = Instant.parse("2026-11-29T08:00:00Z");

	@Test
	void a_caller_gets_the_limit_and_then_waits_while_another_caller_is_unaffected() {
		CallsPerMinute limit = new CallsPerMinute();
		for (int i = 0; i < 3; i++) {
			assertThat(limit.admit("a", 3, START.plusSeconds(i))).isTrue();
		}
		assertThat(limit.admit("a", 3, START.plusSeconds(10))).isFalse();
		assertThat(limit.admit("b", 3, START.plusSeconds(10))).isTrue();
	}

	@Test
	void the_previous_minute_counts_for_the_part_of_it_still_within_sixty_seconds() {
		CallsPerMinute limit = new CallsPerMinute();
		for (int i = 0; i < 4; i++) {
			assertThat(limit.admit("a", 4, START.plusSeconds(50))).isTrue();
		}
		// 15 s into the next minute, three quarters of the previous minute's four calls still count: one more call
		assertThat(limit.admit("a", 4, START.plusSeconds(75))).isTrue();
		assertThat(limit.admit("a", 4, START.plusSeconds(75))).isFalse();
		// 45 s into it, a quarter of them (one) counts beside this minute's one: two more
		assertThat(limit.admit("a", 4, START.plusSeconds(105))).isTrue();
		assertThat(limit.admit("a", 4, START.plusSeconds(105))).isTrue();
		assertThat(limit.admit("a", 4, START.plusSeconds(105))).isFalse();
		// two minutes later nothing is left
		assertThat(limit.admit("a", 4, START.plusSeconds(200))).isTrue();
	}

	@Test
	void a_limit_of_zero_admits_nobody() {
		assertThat(new CallsPerMinute().admit("a", 0, START)).isFalse();
	}
}
