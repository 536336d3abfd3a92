package org.govhall.identity.internal.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.web.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The development SMS adapter shows every code on a page: it runs only in a demo hall, never under the
 * {@code prod} profile; {@code none} sends nothing and says so.
 */
class SmsAdapterChoiceTests {

	private final PeopleConfiguration configuration = new PeopleConfiguration();

	@Test
	void the_development_adapter_runs_in_a_demo_hall() {
		assertThat(configuration.smsGateway(identity("development"), hall(true), new MockEnvironment(), null,
				Clock.systemUTC())).isInstanceOf(DevelopmentSmsGateway.class);
	}

	@Test
	void the_development_adapter_is_refused_without_demo_data_even_outside_prod() {
		assertThatThrownBy(() -> configuration.smsGateway(identity("development"), hall(false), new MockEnvironment(),
				null, Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("govhall.demo.enabled");
	}

	@Test
	void the_development_adapter_is_refused_under_prod() {
		MockEnvironment prod = new MockEnvironment();
		prod.setActiveProfiles("prod");
		assertThatThrownBy(() -> configuration.smsGateway(identity("development"), hall(true), prod, null,
				Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
	}

	@Test
	void no_adapter_answers_that_texts_are_unavailable() {
		SmsGateway none = configuration.smsGateway(identity("none"), hall(false), new MockEnvironment(), null,
				Clock.systemUTC());
		assertThatThrownBy(() -> none.send("13900000000", "x")).isInstanceOfSatisfying(ProblemException.class,
				p -> assertThat(p.messageKey()).isEqualTo("identity.sms.unavailable"));
	}

	private static IdentityProperties identity(String sms) {
		return new IdentityProperties("SJJ", sms, "", "optional", Duration.ofMinutes(10), Duration.ofDays(1), 30, 60);
	}

	private static GovHallProperties hall(boolean demo) {
		return new GovHallProperties(Path.of("data"), ZoneId.of("Asia/Shanghai"), null, null,
				new GovHallProperties.Demo(demo, "x"));
	}
}
