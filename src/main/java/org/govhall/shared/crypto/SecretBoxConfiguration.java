package org.govhall.shared.crypto;

import org.govhall.shared.GovHallProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The hall's one {@link SecretBox}, under the key-encryption key of {@link SecretsProperties}. */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

	@Bean
	SecretBox secretBox(SecretsProperties secrets, GovHallProperties properties, Environment environment) {
		return new SecretBox(KeyEncryptionKeys.load(secrets.key(), properties.dataDir(),
				environment.matchesProfiles("prod")));
	}
}
