package org.govhall.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The kernel's own beans: the hall's clock, in the hall's time zone. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KernelConfiguration {

	@Bean
	Clock clock(GovHallProperties properties) {
		return Clock.system(properties.zone());
	}
}
