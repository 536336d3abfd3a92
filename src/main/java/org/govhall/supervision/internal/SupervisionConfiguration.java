package org.govhall.supervision.internal;

import org.govhall.shared.web.PublicPaths;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supervision's settings, and what of it is open to everybody: the statistics, page and API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfiguration {

	@Bean
	PublicPaths openStatistics() {
		return PublicPaths.of("/statistics", "/api/v1/statistics", "/api/v1/statistics/csv");
	}
}
