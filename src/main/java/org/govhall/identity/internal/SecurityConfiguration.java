package org.govhall.identity.internal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.people.CompanyRoles;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemResponses;
import org.govhall.shared.web.CrossSiteSafePaths;
import org.govhall.shared.web.PublicPaths;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what. Two chains: the actuator (health and info public, the rest for administrators over HTTP
 * Basic without a second factor, or in their signed-in session), then the hall itself (the public paths every module declares, everything else after
 * sign-in; pages redirect to the sign-in page, the API answers with problem documents). CSRF protection is on
 * for every state-changing request, with the token in a cookie that htmx and API clients echo in a header.
 * Roles are checked by the kernel's {@code @StaffOnly} before a request is read, objects by the modules.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SignInPolicy.class, IdentityProperties.class })
class SecurityConfiguration {

	/**
	 * No observation per security filter: wrapping each of a request's filters cost about a tenth of a gateway call
	 * over HTTP; the request's own metrics ({@code http.server.requests}) are kept.
	 */
	@Bean
	SecurityObservationSettings noSecurityFilterObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setDefaultAuthenticationFailureEvent(
				org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent.class);
		return events;
	}

	/** Passwords (citizens and staff) and one-time codes (citizens). */
	@Bean
	AuthenticationManager hallAuthenticationManager(HallAccounts accounts, PasswordEncoder passwords,
			OneTimeCodeSignIn codes, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(accounts);
		byPassword.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(byPassword, codes);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	HallSignInSuccess hallSignInSuccess(StaffSecondFactor secondFactor, IdentityProperties properties,
			StaffCredentials credentials) {
		return new HallSignInSuccess(secondFactor, properties, credentials);
	}

	/**
	 * The operators' endpoints: scrapers sign in with HTTP Basic on every request (no session is ever created), but
	 * not with an account that has a second factor; a signed-in administrator's browser session (past its second
	 * factor) is accepted too. Every endpoint exposed here only reads, so CSRF protection is off.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorChain(HttpSecurity http, ProblemResponses problems, AuthenticationManager manager,
			StaffSecondFactor secondFactor, AuditTrail audit) throws Exception {
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setAllowSessionCreation(false);
		AuthenticationEntryPoint signInNeeded = (req, res, ex) -> {
			res.setHeader("WWW-Authenticate", "Basic realm=\"GovHall\"");
			problems.write(req, res, HttpStatus.UNAUTHORIZED);
		};
		return http.securityMatcher("/actuator/**")
			.authenticationManager(new ActuatorSignIn(manager, secondFactor, audit))
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.anyRequest()
				.hasRole(StaffRole.ADMINISTRATOR.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(signInNeeded))
			.securityContext(c -> c.securityContextRepository(sessions))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(c -> c.requestCache(new NullRequestCache()))
			.addFilterBefore(new SecondFactorGate(problems), AuthorizationFilter.class)
			.csrf(c -> c.disable())
			.exceptionHandling(e -> e
				.authenticationEntryPoint(signInNeeded)
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain applicationChain(HttpSecurity http, List<PublicPaths> publicPaths,
			List<CrossSiteSafePaths> crossSiteSafe, ProblemResponses problems,
			AuditTrail audit, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping pages,
			AuthenticationManager manager, HallSignInSuccess success, CompanyRoles companies,
			ApplicationEventPublisher publisher, IdentityProperties identity, java.time.Clock clock) throws Exception {
		String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
		String[] noToken = crossSiteSafe.stream().flatMap(p -> p.patterns().stream()).distinct().toArray(String[]::new);
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		OneTimeCodeSignIn.Filter codeSignIn = new OneTimeCodeSignIn.Filter();
		codeSignIn.setAuthenticationManager(manager);
		codeSignIn.setAuthenticationSuccessHandler(success);
		codeSignIn.setAuthenticationFailureHandler(codeSignInFailure());
		codeSignIn.setApplicationEventPublisher(publisher);
		codeSignIn.setSecurityContextRepository(new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		codeSignIn.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		return http
			.authenticationManager(manager)
			.addFilterBefore(codeSignIn, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottle(identity.signInsPerAddress(), clock), OneTimeCodeSignIn.Filter.class)
			.addFilterBefore(new SecondFactorGate(problems), AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeGate(problems), AuthorizationFilter.class)
			.addFilterBefore(new ActingGate(companies), AuthorizationFilter.class)
			.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers(open)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(success)
				.failureHandler(signInFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/?signedOut")
				.addLogoutHandler(auditSignOut(audit)))
			.csrf(csrf -> csrf.spa().ignoringRequestMatchers(noToken))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(
						(req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED), api)
				.defaultAuthenticationEntryPointFor(new SignInEntryPoint(pages), AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN),
						api))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurity.policy())))
			.build();
	}

	private static AuthenticationFailureHandler signInFailure() {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "credentials";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	private static AuthenticationFailureHandler codeSignInFailure() {
		return (request, response, exception) -> {
			String reason = exception instanceof OneTimeCodeSignIn.CodeRejected rejected ? rejected.messageKey()
					: exception instanceof LockedException ? "signIn.error.locked" : "identity.code.wrong";
			String challenge = String.valueOf(request.getParameter("challenge"));
			String mobile = String.valueOf(request.getParameter("mobile"));
			response.sendRedirect(request.getContextPath() + "/login/code?challenge="
					+ java.net.URLEncoder.encode(challenge, java.nio.charset.StandardCharsets.UTF_8) + "&mobile="
					+ java.net.URLEncoder.encode(mobile, java.nio.charset.StandardCharsets.UTF_8) + "&error="
					+ java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8));
		};
	}

	private static LogoutHandler auditSignOut(AuditTrail audit) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal person) {
				audit.record(AuditEvent.of("person.signedOut").on("person", person.subject()).by(person.subject()));
			}
			if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
				audit.record(AuditEvent.of("staff.signedOut").on("staff", staff.staffId()).by(staff.getUsername()));
			}
		};
	}
}
