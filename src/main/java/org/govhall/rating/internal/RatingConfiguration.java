package org.govhall.rating.internal;

import org.govhall.shared.web.PublicPaths;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rating settings, and what of ratings is open to everybody: the published figures and comments, and the signed
 * rating link of the text message. No path is exempt from CSRF: the link's page carries the token in its form like
 * any other, and the API is for signed-in callers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RatingProperties.class)
class RatingConfiguration {

	@Bean
	PublicPaths openRatings() {
		return PublicPaths.of("/ratings", "/ratings/r/*", "/api/v1/ratings/published", "/api/v1/ratings/tags");
	}
}
