package org.govhall.identity.internal.people;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.identity.internal.SignedInSessions;
import org.govhall.identity.internal.oidc.DepartmentSystemAuthorisations;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password (找回密码) is reset through the mobile on the account: identity number and mobile must
 * belong together, the code sent there must come back, and the new password ends every other session, every
 * department system's authorisation and any lock. The answer to the first step is the same whether or not the
 * pair matched, so that nobody learns which numbers have accounts.
 */
@Service
public class PasswordReset {

	private final PersonAccounts accounts;

	private final OneTimeCodes codes;

	private final PasswordEncoder passwords;

	private final SignedInSessions sessions;

	private final AuditTrail audit;

	private final DepartmentSystemAuthorisations departmentSystems;

	PasswordReset(PersonAccounts accounts, OneTimeCodes codes, PasswordEncoder passwords, SignedInSessions sessions,
			AuditTrail audit, DepartmentSystemAuthorisations departmentSystems) {
		this.departmentSystems = departmentSystems;
		this.accounts = accounts;
		this.codes = codes;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
	}

	/**
	 * Sends a code to the mobile when identity number and mobile belong to one account; otherwise withholds it.
	 * The answer is the same either way: a challenge under the same limits, or the same refusal of those limits.
	 * A refusal is audited only once the limits let the request through, so that nobody can fill the trail.
	 */
	public UUID start(String identityNumber, String mobile, String clientAddress) {
		String cleanMobile = Mobiles.clean(mobile);
		String number = identityNumber == null ? "" : identityNumber.strip().toUpperCase(java.util.Locale.ROOT);
		Optional<PersonAccount> account = accounts.byIdentityNumber(number)
			.filter(a -> a.mobile().equals(cleanMobile));
		if (account.isEmpty()) {
			UUID challenge = codes.withhold(OneTimeCodes.Purpose.RESET, cleanMobile, clientAddress);
			audit.record(AuditEvent.of("person.passwordResetRefused").on("mobile", Masks.mobile(cleanMobile))
				.by(AuditTrail.ANONYMOUS).outcome(AuditOutcome.DENIED).detail("reason", "no-such-account"));
			return challenge;
		}
		return codes.send(OneTimeCodes.Purpose.RESET, cleanMobile,
				Map.of("account", Long.toString(account.get().id())), clientAddress);
	}

	/**
	 * Sets the new password once the code is right, and ends every session of the person in the hall and every
	 * authorisation department systems hold for them (their refresh tokens stop working).
	 */
	@Transactional(noRollbackFor = org.govhall.shared.web.ProblemException.class)
	public void complete(UUID reset, String code, String newPassword) {
		String mobile = codes.mobileOf(reset).orElseThrow(() -> OneTimeCodes.wrongCode("identity.code.unknown"));
		// a withheld challenge is answered like a real one: the same password rules, then a wrong code
		Optional<PersonAccount> holder = accounts.byMobile(mobile);
		PasswordRules.check("password", newPassword, holder.map(PersonAccount::identityNumber).orElse(null), mobile);
		Map<String, String> payload = codes.consume(reset, OneTimeCodes.Purpose.RESET, code);
		PersonAccount account = Optional.ofNullable(payload.get("account")).map(Long::parseLong)
			.flatMap(accounts::byId).orElseThrow(() -> OneTimeCodes.wrongCode("identity.code.unknown"));
		accounts.changePassword(account.id(), passwords.encode(newPassword));
		int ended = sessions.endAll(account.subject().toString());
		int authorisations = departmentSystems.endAll(account.subject().toString());
		audit.record(AuditEvent.of("person.passwordReset").on("person", account.subject())
			.by(account.subject().toString()).detail("sessionsEnded", ended)
			.detail("authorisationsEnded", authorisations));
	}
}
