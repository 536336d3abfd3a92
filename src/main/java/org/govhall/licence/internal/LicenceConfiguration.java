package org.govhall.licence.internal;

import org.govhall.shared.web.CrossSiteSafePaths;
import org.govhall.shared.web.PublicPaths;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Licence settings, and what of licences is open to everybody: verification, keys, status lists, share links. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LicenceProperties.class)
class LicenceConfiguration {

	@Bean
	PublicPaths openLicenceVerification() {
		return PublicPaths.of("/licences/verify", "/licences/shared/**", "/licences/context/**",
				"/licences/issuers/**", "/api/v1/licences/verification", "/api/v1/licences/jwks",
				"/api/v1/licences/status/**", "/api/v1/licence-types", "/api/v1/licence-types/*");
	}

	/** A verification changes nothing but the record of uses, and verifiers call it without a session. */
	@Bean
	CrossSiteSafePaths crossSiteSafeLicenceVerification() {
		return CrossSiteSafePaths.of("/api/v1/licences/verification", "/licences/verify");
	}
}
