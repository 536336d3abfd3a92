package org.govhall.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.govhall.identity.internal.people.Masks;
import org.govhall.identity.internal.people.Mobiles;
import org.govhall.identity.internal.people.OneTimeCodes;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Citizens sign in with a code sent to their mobile instead of a password (短信验证码登录). The first step sends
 * the code only if the mobile has an account, but answers the same either way (a withheld challenge takes tries
 * and counts against the limits like a real one); the second step is an
 * authentication like the password form, with the same events, audit and session handling.
 */
@Component
public class OneTimeCodeSignIn implements AuthenticationProvider {

	private final OneTimeCodes codes;

	private final PersonAccounts people;

	private final Clock clock;

	private final AuditTrail audit;

	OneTimeCodeSignIn(OneTimeCodes codes, PersonAccounts people, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.codes = codes;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Sends a sign-in code if the mobile has an account; otherwise withholds it. Either way the answer is a
	 * challenge under the same limits (or the same refusal), so it does not tell which mobiles have accounts.
	 */
	public UUID start(String mobile, String clientAddress) {
		String clean = Mobiles.clean(mobile);
		if (people.byMobile(clean).isPresent()) {
			return codes.send(OneTimeCodes.Purpose.SIGN_IN, clean, Map.of(), clientAddress);
		}
		UUID challenge = codes.withhold(OneTimeCodes.Purpose.SIGN_IN, clean, clientAddress);
		audit.record(AuditEvent.of("person.codeWithheld").on("mobile", Masks.mobile(clean)).by(AuditTrail.ANONYMOUS)
			.outcome(AuditOutcome.DENIED).detail("purpose", OneTimeCodes.Purpose.SIGN_IN).detail("reason", "no-account"));
		return challenge;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OneTimeCodeAuthentication attempt = (OneTimeCodeAuthentication) authentication;
		Map<String, String> payload;
		try {
			payload = codes.consume(attempt.challenge(), OneTimeCodes.Purpose.SIGN_IN, attempt.code());
		}
		catch (ProblemException problem) {
			throw new CodeRejected(problem);
		}
		PersonAccount account = people.byMobile(payload.get("mobile"))
			.orElseThrow(() -> new BadCredentialsException("account gone"));
		if (!account.enabled()) {
			throw new DisabledException("disabled");
		}
		if (account.lockedAt(clock.instant())) {
			throw new LockedException("locked");
		}
		return OneTimeCodeAuthentication.of(account.principal(clock.instant()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OneTimeCodeAuthentication.class.isAssignableFrom(authentication);
	}

	/** A wrong, used, expired or exhausted code, with the reason the page shows. */
	static final class CodeRejected extends BadCredentialsException {

		private final transient ProblemException problem;

		CodeRejected(ProblemException problem) {
			super(problem.messageKey());
			this.problem = problem;
		}

		String messageKey() {
			return problem.messageKey();
		}
	}

	/** The second step's filter: {@code POST /login/code} with {@code challenge}, {@code mobile} and {@code code}. */
	static final class Filter extends AbstractAuthenticationProcessingFilter {

		Filter() {
			super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/code"));
		}

		@Override
		public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
				throws AuthenticationException {
			UUID challenge;
			try {
				challenge = UUID.fromString(String.valueOf(request.getParameter("challenge")));
			}
			catch (IllegalArgumentException bad) {
				throw new BadCredentialsException("no challenge");
			}
			return getAuthenticationManager().authenticate(OneTimeCodeAuthentication.attempt(challenge,
					request.getParameter("mobile"), request.getParameter("code")));
		}
	}
}
