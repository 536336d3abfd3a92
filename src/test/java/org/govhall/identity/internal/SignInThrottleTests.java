package org.govhall.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address gets a limited number of sign-in attempts per window; other addresses are not affected. As a filter,
 * an attempt over the limit goes back to the sign-in page with the reason.
 */
class SignInThrottleTests {

	@Test
	void an_address_is_refused_after_its_attempts_until_the_window_moves_on() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
		Clock clock = clock(now);
		SignInThrottle throttle = new SignInThrottle(3, clock);
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isFalse();
		assertThat(throttle.allow("10.0.0.2")).isTrue();
		now.set(now.get().plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1)));
		assertThat(throttle.allow("10.0.0.1")).isTrue();
	}

	@Test
	void as_a_filter_it_sends_an_address_over_its_limit_back_to_the_sign_in_page_and_lets_other_requests_pass()
			throws Exception {
		SignInThrottle throttle = new SignInThrottle(2, clock(new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"))));
		for (String path : new String[] { "/login", "/login/code" }) {
			MockHttpServletResponse passed = post(throttle, path, "10.0.0.9");
			assertThat(passed.getRedirectedUrl()).as("the attempt reaches the sign-in filter").isNull();
		}
		MockHttpServletResponse refused = post(throttle, "/login", "10.0.0.9");
		assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error=throttled");
		assertThat(post(throttle, "/login/code", "10.0.0.9").getRedirectedUrl()).isEqualTo("/login?error=throttled");
		assertThat(post(throttle, "/login", "10.0.0.10").getRedirectedUrl()).isNull();

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
		page.setRemoteAddr("10.0.0.9");
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(page, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("showing the sign-in page is not an attempt").isSameAs(page);
		MockHttpServletRequest other = new MockHttpServletRequest("POST", "/my/acting");
		other.setRemoteAddr("10.0.0.9");
		MockFilterChain otherChain = new MockFilterChain();
		throttle.doFilter(other, new MockHttpServletResponse(), otherChain);
		assertThat(otherChain.getRequest()).isSameAs(other);
	}

	private static MockHttpServletResponse post(SignInThrottle throttle, String path, String address)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		throttle.doFilter(request, response, chain);
		assertThat(chain.getRequest() != null).isEqualTo(response.getRedirectedUrl() == null);
		return response;
	}

	private static Clock clock(AtomicReference<Instant> now) {
		return new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
	}
}
