package org.govhall.identity.internal.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits on texted codes, driven by a clock of the test's own and a small per-address limit (the shared
 * context allows every test many codes from 127.0.0.1): a mobile gets one code a minute and ten a day, an
 * address a few an hour, and codes withheld from mobiles without an account count like sent ones.
 */
@GovHallTest
class CodeLimitsTests {

	private static final int ADDRESS_LIMIT = 3;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	private final MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(30)));

	private final List<String> texted = new ArrayList<>();

	private OneTimeCodes codes() {
		return new OneTimeCodes(jdbc, (mobile, text) -> texted.add(mobile), clock,
				new CodeLimits(jdbc, ADDRESS_LIMIT), audit);
	}

	@Test
	void a_mobile_gets_one_code_a_minute_and_ten_a_day_withheld_ones_included() {
		OneTimeCodes codes = codes();
		String mobile = mobile();
		for (int i = 0; i < CodeLimits.DAILY_LIMIT; i++) {
			if (i % 2 == 0) {
				codes.send(OneTimeCodes.Purpose.SIGN_IN, mobile, Map.of(), address());
			}
			else {
				codes.withhold(OneTimeCodes.Purpose.SIGN_IN, mobile, address());
			}
			assertThatThrownBy(() -> codes.send(OneTimeCodes.Purpose.SIGN_IN, mobile, Map.of(), address()))
				.as("a second code within the minute").satisfies(refused("identity.code.wait"));
			clock.pass(Duration.ofSeconds(61));
		}
		assertThatThrownBy(() -> codes.send(OneTimeCodes.Purpose.RESET, mobile, Map.of(), address()))
			.satisfies(refused("identity.code.dailyLimit"));
		assertThatThrownBy(() -> codes.withhold(OneTimeCodes.Purpose.RESET, mobile, address()))
			.as("a mobile without an account is answered alike").satisfies(refused("identity.code.dailyLimit"));
		assertThat(texted).hasSize(CodeLimits.DAILY_LIMIT / 2).containsOnly(mobile);

		clock.pass(Duration.ofDays(1));
		assertThat(codes.send(OneTimeCodes.Purpose.SIGN_IN, mobile, Map.of(), address())).isNotNull();
	}

	@Test
	void an_address_gets_a_few_codes_an_hour_whatever_the_mobiles() {
		OneTimeCodes codes = codes();
		String address = address();
		for (int i = 0; i < ADDRESS_LIMIT; i++) {
			codes.withhold(OneTimeCodes.Purpose.SIGN_IN, mobile(), address);
		}
		assertThatThrownBy(() -> codes.send(OneTimeCodes.Purpose.REGISTER, mobile(), Map.of(), address))
			.satisfies(refused("identity.code.addressLimit"));
		assertThat(codes.send(OneTimeCodes.Purpose.REGISTER, mobile(), Map.of(), address()))
			.as("another address is not affected").isNotNull();

		clock.pass(Duration.ofMinutes(61));
		assertThat(codes.send(OneTimeCodes.Purpose.REGISTER, mobile(), Map.of(), address)).isNotNull();
	}

	@Test
	void a_withheld_challenge_takes_tries_like_a_real_one_but_no_code_opens_it() {
		OneTimeCodes codes = codes();
		UUID withheld = codes.withhold(OneTimeCodes.Purpose.SIGN_IN, mobile(), address());
		assertThat(codes.triesLeft(withheld)).contains(OneTimeCodes.MAX_ATTEMPTS);
		for (String guess : List.of("000000", "123456", "999999")) {
			assertThatThrownBy(() -> codes.consume(withheld, OneTimeCodes.Purpose.SIGN_IN, guess))
				.satisfies(refused("identity.code.wrong"));
		}
		assertThat(codes.triesLeft(withheld)).contains(OneTimeCodes.MAX_ATTEMPTS - 3);
		assertThat(texted).isEmpty();
	}

	private static java.util.function.Consumer<Throwable> refused(String key) {
		return thrown -> assertThat(thrown).isInstanceOfSatisfying(ProblemException.class, p -> {
			assertThat(p.messageKey()).isEqualTo(key);
			if (!key.equals("identity.code.wrong")) {
				assertThat(p.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			}
		});
	}

	private static String mobile() {
		return "1371" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	private static String address() {
		return "limits-" + UUID.randomUUID();
	}

	/** A clock the test moves on. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
