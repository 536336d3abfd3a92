package org.govhall.identity.internal.people;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.identity.internal.SignedInSessions;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password (找回密码) is reset through the mobile on the account: identity number and mobile must
 * belong together, the code sent there must come back, and the new password ends every other session and any
 * lock. The answer to the first step is the same whether or not the pair matched, so that nobody learns which
 * numbers have accounts.
 */
@Service
public class PasswordReset {

	private final PersonAccounts accounts;

	private final OneTimeCodes codes;

	private final PasswordEncoder passwords;

	private final SignedInSessions sessions;

	private final AuditTrail audit;

	PasswordReset(PersonAccounts accounts, OneTimeCodes codes, PasswordEncoder passwords, SignedInSessions sessions,
			AuditTrail audit) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
	}

	public UUID start(String identityNumber, String mobile, String clientAddress) {
		String cleanMobile = CitizenRegistration.mobile(mobile);
		Optional<PersonAccount> account = accounts.byIdentityNumber(identityNumber == null ? "" : identityNumber)
			.filter(a -> a.mobile().equals(cleanMobile));
		if (account.isEmpty()) {
			audit.record(AuditEvent.of("person.passwordResetRefused").on("mobile", Masks.mobile(cleanMobile))
				.outcome(org.govhall.shared.audit.AuditOutcome.DENIED).detail("reason", "no-such-account"));
			return UUID.randomUUID();
		}
		return codes.send(OneTimeCodes.Purpose.RESET, cleanMobile,
				Map.of("account", Long.toString(account.get().id())), clientAddress);
	}

	@Transactional(noRollbackFor = org.govhall.shared.web.ProblemException.class)
	public void complete(UUID reset, String code, String newPassword) {
		PersonAccount before = codes.mobileOf(reset).flatMap(accounts::byMobile)
			.orElseThrow(() -> OneTimeCodes.invalid("identity.code.unknown"));
		PasswordRules.check(newPassword, before.identityNumber(), before.mobile());
		Map<String, String> payload = codes.consume(reset, OneTimeCodes.Purpose.RESET, code);
		PersonAccount account = accounts.byId(Long.parseLong(payload.get("account"))).orElseThrow();
		accounts.changePassword(account.id(), passwords.encode(newPassword));
		int ended = sessions.endAll(account.subject().toString());
		audit.record(AuditEvent.of("person.passwordReset").on("person", account.subject())
			.by(account.subject().toString()).detail("sessionsEnded", ended));
	}
}
