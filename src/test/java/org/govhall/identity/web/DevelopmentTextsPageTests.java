package org.govhall.identity.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.govhall.identity.internal.SignInPolicy;
import org.govhall.identity.internal.people.DevelopmentSmsGateway;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.web.ProblemException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development texts page exists only in a demo hall, even when the development adapter is wired. */
class DevelopmentTextsPageTests {

	@Test
	void without_demo_data_the_page_is_not_found_even_with_the_development_adapter() {
		CitizenAccountController controller = new CitizenAccountController(null, null, null,
				new DevelopmentSmsGateway(null, null), null, null, null,
				new GovHallProperties(Path.of("data"), ZoneId.of("Asia/Shanghai"), null, null,
						new GovHallProperties.Demo(false, "x")),
				new SignInPolicy(5, Duration.ofMinutes(15)));
		assertThatThrownBy(() -> controller.developmentTexts(new ExtendedModelMap()))
			.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
	}
}
