package org.govhall.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditOutcome;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.crypto.SecretBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's second factor (双因素认证): a TOTP authenticator app (RFC 6238, 30-second steps, six digits, SHA-1 as the
 * apps expect). A code is accepted for the step before, the current and the next step, and never twice: the last
 * accepted step is stored, so a code seen over a shoulder cannot be used again. Wrong codes are limited like
 * wrong passwords: after {@link SignInPolicy#maxFailedAttempts()} in a row the account is locked for
 * {@link SignInPolicy#lockDuration()}. The secrets are sealed in the database ({@link SecretBox}).
 */
@Service
public class StaffSecondFactor {

	static final int PERIOD_SECONDS = 30;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final SignInPolicy policy;

	private final SecretBox box;

	private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	StaffSecondFactor(JdbcClient jdbc, AuditTrail audit, Clock clock, SignInPolicy policy, SecretBox box) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.policy = policy;
		this.box = box;
	}

	/** How a sign-in code was taken. */
	public enum Verification {
		/** Right: the second factor is given. */
		PASSED,
		/** Wrong, replayed or malformed: try again. */
		WRONG,
		/** Too many wrong codes: the account is locked and the session must end. */
		LOCKED
	}

	/** Whether the staff member has a confirmed authenticator. */
	public boolean enrolled(long staffId) {
		return jdbc.sql("select count(*) from identity_staff_totp where staff_account_id = ? and confirmed_at is not null")
			.param(staffId).query(Long.class).single() > 0;
	}

	/** Starts (or restarts) enrolment with a new secret, not yet in force; answers the secret. */
	@Transactional
	public String beginEnrolment(long staffId) {
		String secret = new DefaultSecretGenerator(32).generate();
		jdbc.sql("""
				insert into identity_staff_totp (staff_account_id, secret, confirmed_at, last_used_step) values (?, ?, null, 0)
				on conflict (staff_account_id) do update set secret = excluded.secret, confirmed_at = null, last_used_step = 0,
				    failed_attempts = 0
				where identity_staff_totp.confirmed_at is null""").params(staffId, box.seal(secret, sealedFor(staffId)))
			.update();
		return pendingSecret(staffId).orElseThrow(() -> new IllegalStateException("already enrolled"));
	}

	public Optional<String> pendingSecret(long staffId) {
		return jdbc.sql("select secret from identity_staff_totp where staff_account_id = ? and confirmed_at is null")
			.param(staffId).query(String.class).optional().map(stored -> box.openOrPlain(stored, sealedFor(staffId)));
	}

	/** Confirms enrolment with a first code from the app; answers whether it was right. */
	@Transactional
	public boolean confirm(long staffId, String username, String code) {
		Optional<String> secret = pendingSecret(staffId);
		if (secret.isEmpty() || !accept(staffId, secret.get(), code)) {
			return false;
		}
		jdbc.sql("update identity_staff_totp set confirmed_at = ? where staff_account_id = ?")
			.params(Timestamp.from(clock.instant()), staffId).update();
		audit.record(AuditEvent.of("staff.secondFactorEnrolled").on("staff", staffId).by(username));
		return true;
	}

	/**
	 * Checks a sign-in code; every outcome is audited. While the account is locked no code is even looked at, and
	 * the wrong code that reaches the limit locks it.
	 */
	@Transactional
	public Verification verify(long staffId, String username, String code) {
		Instant now = clock.instant();
		if (lockedAt(staffId, now)) {
			audit.record(AuditEvent.of("staff.signInRefused").on("staff", username).by(username)
				.outcome(AuditOutcome.DENIED).detail("reason", "locked").detail("step", "second-factor"));
			return Verification.LOCKED;
		}
		Optional<String> secret = jdbc.sql(
				"select secret from identity_staff_totp where staff_account_id = ? and confirmed_at is not null for update")
			.param(staffId).query(String.class).optional().map(stored -> box.openOrPlain(stored, sealedFor(staffId)));
		if (secret.isPresent() && accept(staffId, secret.get(), code)) {
			jdbc.sql("update identity_staff_totp set failed_attempts = 0 where staff_account_id = ?").param(staffId)
				.update();
			audit.record(AuditEvent.of("staff.secondFactorPassed").on("staff", staffId).by(username));
			return Verification.PASSED;
		}
		int failures = jdbc.sql("""
				update identity_staff_totp set failed_attempts = failed_attempts + 1 where staff_account_id = ?
				returning failed_attempts""").param(staffId).query(Integer.class).optional().orElse(0);
		audit.record(AuditEvent.of("staff.secondFactorFailed").on("staff", staffId).by(username)
			.outcome(AuditOutcome.FAILURE).detail("attempts", failures));
		if (failures < policy.maxFailedAttempts()) {
			return Verification.WRONG;
		}
		Instant until = now.plus(policy.lockDuration());
		jdbc.sql("update identity_staff_totp set failed_attempts = 0 where staff_account_id = ?").param(staffId).update();
		jdbc.sql("update identity_staff_account set locked_until = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(until), staffId).update();
		audit.record(AuditEvent.of("staff.locked").on("staff", username).by(AuditTrail.SYSTEM)
			.because("repeated wrong second-factor codes").detail("until", until));
		return Verification.LOCKED;
	}

	/** An administrator removes a lost authenticator; the staff member enrols again. */
	@Transactional
	public void reset(long staffId, String reason) {
		jdbc.sql("delete from identity_staff_totp where staff_account_id = ?").param(staffId).update();
		audit.record(AuditEvent.of("staff.secondFactorReset").on("staff", staffId).because(reason));
	}

	/**
	 * Seals the secrets still stored in clear (written before sealing existed); answers how many. A row is
	 * replaced only if it still holds the plain value read.
	 */
	@Transactional
	public int sealPlainSecrets() {
		int sealed = 0;
		for (Object[] row : jdbc.sql("select staff_account_id, secret from identity_staff_totp where secret not like ?")
			.param(SecretBox.PREFIX + "%").query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list()) {
			long staffId = (Long) row[0];
			sealed += jdbc.sql("update identity_staff_totp set secret = ? where staff_account_id = ? and secret = ?")
				.params(box.seal((String) row[1], sealedFor(staffId)), staffId, row[1]).update();
		}
		return sealed;
	}

	/** The code for a step (for tests and the benchmark of a real authenticator app). */
	public String codeAt(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	public long currentStep() {
		return clock.instant().getEpochSecond() / PERIOD_SECONDS;
	}

	private boolean lockedAt(long staffId, Instant now) {
		return jdbc.sql("select count(*) from identity_staff_account where id = ? and locked_until > ?")
			.params(staffId, Timestamp.from(now)).query(Long.class).single() > 0;
	}

	private boolean accept(long staffId, String secret, String code) {
		String given = code == null ? "" : code.strip().replace(" ", "");
		if (!given.matches("[0-9]{6}")) {
			return false;
		}
		long now = currentStep();
		for (long step = now - 1; step <= now + 1; step++) {
			if (java.security.MessageDigest.isEqual(codeAt(secret, step).getBytes(), given.getBytes())) {
				// only a step after the last one used counts: a replayed code changes no row
				return jdbc.sql("""
						update identity_staff_totp set last_used_step = ? where staff_account_id = ? and last_used_step < ?""")
					.params(step, staffId, step).update() == 1;
			}
		}
		return false;
	}

	/** The associated data a secret is sealed with: its row. */
	private static String sealedFor(long staffId) {
		return "identity_staff_totp:" + staffId;
	}
}
