package org.govhall.identity.internal.people;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the text-message adapter: the development one, refused in production. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

	@Bean
	SmsGateway smsGateway(org.govhall.identity.internal.IdentityProperties properties, Environment environment,
			JdbcClient jdbc, Clock clock) {
		if (!"development".equals(properties.sms())) {
			throw new IllegalStateException("govhall.identity.sms=" + properties.sms()
					+ " has no adapter in this build; plug the operator's gateway in as an SmsGateway bean");
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			throw new IllegalStateException(
					"The development SMS adapter shows codes on a page and must not run under the prod profile");
		}
		return new DevelopmentSmsGateway(jdbc, clock);
	}
}
