package org.govhall.identity.internal;

import java.util.List;

import jakarta.servlet.Filter;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The hall's chain counts sign-in attempts per address before either sign-in filter looks at them. */
@GovHallTest
class SignInThrottleWiringTests {

	@Autowired
	FilterChainProxy security;

	@Test
	void the_throttle_runs_before_the_password_and_the_code_sign_in() {
		SecurityFilterChain hall = security.getFilterChains().stream()
			.filter(chain -> chain.getFilters().stream().anyMatch(SignInThrottle.class::isInstance))
			.findFirst().orElseThrow();
		List<Filter> filters = hall.getFilters();
		int throttle = index(filters, SignInThrottle.class);
		assertThat(throttle).isLessThan(index(filters, OneTimeCodeSignIn.Filter.class))
			.isLessThan(index(filters, UsernamePasswordAuthenticationFilter.class));
		assertThat(security.getFilterChains().stream()
			.filter(chain -> chain.getFilters().stream().anyMatch(SignInThrottle.class::isInstance))).hasSize(1);
	}

	private static int index(List<Filter> filters, Class<?> type) {
		for (int i = 0; i < filters.size(); i++) {
			if (type.isInstance(filters.get(i))) {
				return i;
			}
		}
		throw new AssertionError(type.getSimpleName() + " is not in the chain");
	}
}
