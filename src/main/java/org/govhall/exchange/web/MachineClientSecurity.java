package org.govhall.exchange.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.exchange.internal.CallAllowance;
import org.govhall.exchange.internal.ClientAssertions;
import org.govhall.exchange.internal.MachineClient;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gateway's door for department systems: {@code /api/v1/exchange/machine/**}, stateless, authenticated by a
 * signed client assertion in {@code Authorization: Bearer …} on every request, with a rate limit per client.
 * No session and no cookie, hence no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class MachineClientSecurity {

	/**
	 * First of all chains, so that a department system's call is matched by one path pattern. Lean: a bearer on
	 * every request and nothing kept between requests, so none of the filters a browser session needs (session
	 * management and its repository, the saved request, logout, the servlet API's sign-in methods, the anonymous
	 * user); the security headers stay.
	 */
	@Bean
	@Order(-20)
	SecurityFilterChain machineClientChain(HttpSecurity http, ClientAssertions assertions, CallAllowance allowance,
			ProblemResponses problems, AuditTrail audit) throws Exception {
		return http.securityMatcher("/api/v1/exchange/machine/**")
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.csrf(c -> c.disable())
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.addFilterBefore(new AssertionFilter(assertions, allowance, problems, audit), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN)))
			.build();
	}

	/** Authenticates the request's client assertion, or leaves it anonymous (and so refused). */
	static final class AssertionFilter extends OncePerRequestFilter {

		private final ClientAssertions assertions;

		private final CallAllowance allowance;

		private final ProblemResponses problems;

		private final AuditTrail audit;

		AssertionFilter(ClientAssertions assertions, CallAllowance allowance, ProblemResponses problems,
				AuditTrail audit) {
			this.assertions = assertions;
			this.allowance = allowance;
			this.problems = problems;
			this.audit = audit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.startsWith("Bearer ")) {
				try {
					MachineClient client = assertions.authenticate(header.substring(7).strip());
					var refused = allowance.admit(client.clientId());
					if (refused.isPresent()) {
						response.setHeader("Retry-After", Long.toString(refused.get().retryAfter().toSeconds()));
						audit.record(AuditEvent.of("exchange.callRefused").on("client", client.clientId())
							.by(client.clientId()).outcome(AuditOutcome.DENIED).detail("reason", refused.get().reason()));
						problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS);
						return;
					}
					SecurityContextHolder.getContext().setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(client, null, List.of()));
				}
				catch (ClientAssertions.RejectedAssertion rejected) {
					audit.record(AuditEvent.of("exchange.assertionRejected").by("anonymous")
						.outcome(AuditOutcome.DENIED).detail("reason", rejected.getMessage()));
				}
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
