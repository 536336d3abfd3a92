package org.govhall.identity.internal.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.govhall.identity.AssuranceLevel;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.web.ProblemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen registers (个人用户注册) in two steps: identity number, name, mobile and password, then the code sent to
 * the mobile. Only a confirmed mobile leads to the real-name check against the population register (so that the
 * register cannot be probed without a phone), and only a name that matches creates the account, at level
 * {@code REAL_NAME}. When the register cannot answer, the account is created at {@code REGISTERED} and can be
 * checked again later.
 */
@Service
public class CitizenRegistration {

	private final PersonAccounts accounts;

	private final OneTimeCodes codes;

	private final RealNameCheck realNames;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	CitizenRegistration(PersonAccounts accounts, OneTimeCodes codes, RealNameCheck realNames,
			PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.realNames = realNames;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Step one: checks the form and sends a code to the mobile. Answers the code's identifier. */
	public UUID start(String identityNumber, String name, String mobile, String password, String clientAddress) {
		String id = identityNumber == null ? "" : identityNumber.strip().toUpperCase(Locale.ROOT);
		var check = IdentityNumbers.check(id, LocalDate.now(clock));
		if (!check.valid()) {
			var finding = check.errors().get(0);
			throw ProblemException.invalid("identityNumber", finding.messageKey(), finding.args().toArray());
		}
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty() || cleanName.length() > 50) {
			throw ProblemException.invalid("name", "identity.register.name");
		}
		String cleanMobile = mobile(mobile);
		PasswordRules.check("password", password, id, cleanMobile);
		if (accounts.byIdentityNumber(id).isPresent()) {
			throw ProblemException.conflict("identity.register.exists");
		}
		if (accounts.byMobile(cleanMobile).isPresent()) {
			throw ProblemException.conflict("identity.register.mobileTaken");
		}
		return codes.send(OneTimeCodes.Purpose.REGISTER, cleanMobile,
				Map.of("identityNumber", id, "name", cleanName, "passwordHash", passwords.encode(password)),
				clientAddress);
	}

	/**
	 * Step two: the code proves the mobile; the register must know the identity number and carry the same name.
	 * Every outcome is audited (without the name and number in clear).
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public Registered confirm(UUID registration, String code) {
		Map<String, String> pending = codes.consume(registration, OneTimeCodes.Purpose.REGISTER, code);
		String id = pending.get("identityNumber");
		if (accounts.byIdentityNumber(id).isPresent()) {
			throw ProblemException.conflict("identity.register.exists");
		}
		RealNameCheck.Outcome outcome = realNames.check(id, pending.get("name"));
		switch (outcome) {
			case UNKNOWN -> {
				refused(registration, "unknown-identity-number");
				throw ProblemException.invalid("identityNumber", "identity.register.unknownNumber");
			}
			case MISMATCH -> {
				refused(registration, "name-mismatch");
				throw ProblemException.invalid("name", "identity.register.nameMismatch");
			}
			default -> {
			}
		}
		boolean verified = outcome == RealNameCheck.Outcome.MATCH;
		PersonAccount account = accounts.insert(id, pending.get("name"), pending.get("mobile"),
				pending.get("passwordHash"), verified ? AssuranceLevel.REAL_NAME : AssuranceLevel.REGISTERED,
				verified ? clock.instant() : null, clock.instant());
		audit.record(AuditEvent.of("person.registered").on("person", account.subject()).by(account.subject().toString())
			.detail("assurance", account.assurance()).detail("realNameCheck", outcome));
		return new Registered(account, outcome);
	}

	/** The new account and how the real-name check went. */
	public record Registered(PersonAccount account, RealNameCheck.Outcome check) {
	}

	private void refused(UUID registration, String reason) {
		audit.record(AuditEvent.of("person.registrationRefused").on("registration", registration)
			.outcome(AuditOutcome.DENIED).detail("reason", reason));
	}

	static String mobile(String mobile) {
		return Mobiles.clean(mobile);
	}
}
