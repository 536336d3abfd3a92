package org.govhall.shared.reference;

import org.govhall.shared.web.CrossSiteSafePaths;
import org.govhall.shared.web.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference data and checks are open to everybody. */
@Configuration(proxyBeanMethods = false)
class ReferencePaths {

	@Bean
	PublicPaths openReferenceData() {
		return PublicPaths.of("/api/v1/reference/**");
	}

	/** The identifier checks are POST only to keep identity numbers out of addresses; they change nothing. */
	@Bean
	CrossSiteSafePaths referenceChecks() {
		return CrossSiteSafePaths.of("/api/v1/reference/checks/**");
	}
}
