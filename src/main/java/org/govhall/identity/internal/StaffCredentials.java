package org.govhall.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.govhall.identity.internal.people.PasswordRules;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff credentials after the account is opened (工作人员密码与验证器): a staff member changes their own password,
 * proving the current one, which ends their other sessions; an administrator sets a temporary password (typed,
 * or generated and shown once) that must be changed at the next sign-in, or removes a lost authenticator.
 * Administrators act only on others' accounts and always give a reason; every step is audited. The password
 * policy is the citizens' one ({@link PasswordRules}).
 */
@Service
public class StaffCredentials {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 14;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final SignInRecords records;

	private final SignInPolicy policy;

	private final SignedInSessions sessions;

	private final StaffSecondFactor secondFactor;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	StaffCredentials(JdbcClient jdbc, PasswordEncoder passwords, SignInRecords records, SignInPolicy policy,
			SignedInSessions sessions, StaffSecondFactor secondFactor, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.records = records;
		this.policy = policy;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.audit = audit;
		this.clock = clock;
	}

	/** What an administrator sees of a staff member's credentials (never the hash). */
	public record Status(boolean secondFactorEnrolled, boolean secondFactorPending, boolean passwordChangeRequired,
			Instant passwordChangedAt) {
	}

	/** A temporary password: the text only when the hall generated it (shown this once), and sessions ended. */
	public record TemporaryPassword(String generated, int sessionsEnded) {
	}

	public Status status(long staffId) {
		Account account = account(staffId);
		return new Status(secondFactor.enrolled(staffId), secondFactor.pendingSecret(staffId).isPresent(),
				account.changeRequired(), account.changedAt());
	}

	/** Whether the staff member signed in with a temporary password they must change first. */
	public boolean passwordChangeRequired(long staffId) {
		return jdbc.sql("select password_change_required from identity_staff_account where id = ?").param(staffId)
			.query(Boolean.class).optional().orElse(false);
	}

	/**
	 * The staff member changes their own password. A wrong current password counts as a failed sign-in (so it
	 * cannot be guessed here either); the new one must meet the policy and differ from the current one. Every
	 * other session of the staff member ends; answers how many.
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public int changeOwn(long staffId, String current, String proposed, String keepSessionId) {
		Account account = account(staffId);
		Instant now = clock.instant();
		if (account.lockedAt(now)) {
			refuse(account, "locked");
			throw ProblemException.forbidden("identity.password.locked");
		}
		if (current == null || !passwords.matches(current, account.hash())) {
			var failure = records.failed(account.username(), now);
			refuse(account, "wrong-password");
			failure.filter(f -> f.attempts() == policy.maxFailedAttempts())
				.ifPresent(f -> audit.record(AuditEvent.of("staff.locked").on("staff", account.username())
					.by(AuditTrail.SYSTEM).because("repeated wrong current passwords").detail("until", f.lockedUntil())));
			throw ProblemException.invalid("currentPassword", "identity.password.currentWrong");
		}
		checkPolicy("newPassword", proposed, account.username());
		if (proposed.equals(current)) {
			throw ProblemException.invalid("newPassword", "identity.password.unchanged");
		}
		store(staffId, passwords.encode(proposed), false, now);
		int ended = sessions.endOthers(account.username(), keepSessionId);
		audit.record(AuditEvent.of("staff.passwordChanged").on("staff", staffId).by(account.username())
			.detail("sessionsEnded", ended));
		return ended;
	}

	/**
	 * An administrator sets a temporary password (or lets the hall generate one) that must be changed at the next
	 * sign-in; the account's lock ends and so does every session of the staff member.
	 */
	@Transactional
	public TemporaryPassword setTemporaryPassword(long staffId, String typed, String reason, String administrator) {
		Account account = account(staffId);
		String why = reason(reason);
		notYourself(account, administrator);
		boolean generate = typed == null || typed.isBlank();
		String password = generate ? generate() : typed;
		checkPolicy("password", password, account.username());
		store(staffId, passwords.encode(password), true, clock.instant());
		int ended = sessions.endAll(account.username());
		audit.record(AuditEvent.of("staff.temporaryPasswordSet").on("staff", staffId).because(why)
			.detail("username", account.username()).detail("generated", generate).detail("sessionsEnded", ended));
		return new TemporaryPassword(generate ? password : null, ended);
	}

	/** An administrator removes a staff member's lost authenticator; they enrol again, and their sessions end. */
	@Transactional
	public int resetSecondFactor(long staffId, String reason, String administrator) {
		Account account = account(staffId);
		String why = reason(reason);
		notYourself(account, administrator);
		if (!secondFactor.enrolled(staffId) && secondFactor.pendingSecret(staffId).isEmpty()) {
			throw ProblemException.conflict("identity.secondFactor.none", account.username());
		}
		secondFactor.reset(staffId, why);
		int ended = sessions.endAll(account.username());
		audit.record(AuditEvent.of("staff.sessionsEnded").on("staff", staffId).because(why)
			.detail("username", account.username()).detail("sessionsEnded", ended));
		return ended;
	}

	private void store(long staffId, String hash, boolean temporary, Instant now) {
		jdbc.sql("""
				update identity_staff_account
				   set password_hash = ?, password_change_required = ?, password_changed_at = ?,
				       failed_sign_in_attempts = 0, locked_until = case when ? then null else locked_until end,
				       version = version + 1
				 where id = ?""")
			.params(hash, temporary, Timestamp.from(now), temporary, staffId).update();
	}

	private void refuse(Account account, String why) {
		audit.record(AuditEvent.of("staff.passwordChangeRefused").on("staff", account.id()).by(account.username())
			.outcome(AuditOutcome.FAILURE).detail("reason", why));
	}

	private static void checkPolicy(String field, String password, String username) {
		PasswordRules.check(field, password, null, null);
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw ProblemException.invalid(field, "identity.password.username");
		}
	}

	private static void notYourself(Account account, String administrator) {
		if (account.username().equalsIgnoreCase(administrator)) {
			throw ProblemException.forbidden("identity.staff.notYourself");
		}
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw ProblemException.invalid("reason", "identity.staff.reasonMissing");
		}
		return reason.strip();
	}

	private String generate() {
		while (true) {
			StringBuilder text = new StringBuilder(GENERATED_LENGTH);
			for (int i = 0; i < GENERATED_LENGTH; i++) {
				text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			String candidate = text.toString();
			if (candidate.chars().anyMatch(Character::isLetter) && candidate.chars().anyMatch(Character::isDigit)) {
				return candidate;
			}
		}
	}

	private Account account(long staffId) {
		return jdbc.sql("""
				select id, username, password_hash, locked_until, password_change_required, password_changed_at
				from identity_staff_account where id = ?""")
			.param(staffId)
			.query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.optional()
			.orElseThrow(() -> ProblemException.notFound("identity.staff.unknown", staffId));
	}

	private record Account(long id, String username, String hash, Instant lockedUntil, boolean changeRequired,
			Instant changedAt) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}
	}

}
