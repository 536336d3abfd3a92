package org.govhall.identity.internal.people;

import java.time.Clock;
import java.util.Arrays;

import org.govhall.shared.GovHallProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the text-message adapter: {@code development} (codes on a page; only in a demo hall, never under
 * {@code prod}) or {@code none} (no texts: registration and code sign-in answer that they are unavailable,
 * passwords still work).
 * A city's operator gateway replaces both as an {@link SmsGateway} bean.
 */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway smsGateway(org.govhall.identity.internal.IdentityProperties properties, GovHallProperties hall,
			Environment environment, JdbcClient jdbc, Clock clock) {
		if ("none".equals(properties.sms())) {
			return (mobile, text) -> {
				throw new org.govhall.shared.web.ProblemException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
						"sms-unavailable", "identity.sms.unavailable");
			};
		}
		if (!"development".equals(properties.sms())) {
			throw new IllegalStateException("govhall.identity.sms=" + properties.sms()
					+ " has no adapter in this build: use none, or plug the operator's gateway in as an SmsGateway bean");
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			throw new IllegalStateException("The development SMS adapter shows codes on a page and must not run under"
					+ " the prod profile: set GOVHALL_IDENTITY_SMS=none or plug in the operator's gateway");
		}
		if (!hall.demo().enabled()) {
			throw new IllegalStateException("The development SMS adapter shows every code on a page and runs only in a"
					+ " demo hall (govhall.demo.enabled=true): set GOVHALL_IDENTITY_SMS=none or plug in the operator's"
					+ " gateway");
		}
		return new DevelopmentSmsGateway(jdbc, clock);
	}
}
