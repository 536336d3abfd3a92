package org.govhall.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and locks accounts in single atomic statements, so that parallel attempts on several
 * nodes can neither undercount nor lose a lock.
 */
@Component
class SignInRecords {

	private final JdbcClient jdbc;

	private final SignInPolicy policy;

	SignInRecords(JdbcClient jdbc, SignInPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * Records a wrong password. A lock that has run out starts a new count. Answers the count after this failure
	 * and the end of the lock it caused, if any; empty for an unknown username.
	 */
	Optional<FailedSignIn> failed(String username, Instant now) {
		boolean person = HallAccounts.namesPerson(username);
		String table = person ? "identity_person_account" : "identity_staff_account";
		String key = person ? "(identity_number = upper(:username) or mobile = :username)" : "username = :username";
		return jdbc.sql(("""
				update %s
				   set failed_sign_in_attempts =
				         case when locked_until <= :now then 1 else failed_sign_in_attempts + 1 end,
				       locked_until =
				         case when (case when locked_until <= :now then 1 else failed_sign_in_attempts + 1 end) >= :max
				              then :until
				              when locked_until <= :now then null
				              else locked_until end,
				       version = version + 1
				 where %s
				returning failed_sign_in_attempts, locked_until""").formatted(table, key))
			.param("now", Timestamp.from(now))
			.param("max", policy.maxFailedAttempts())
			.param("until", Timestamp.from(now.plus(policy.lockDuration())))
			.param("username", username.toLowerCase(Locale.ROOT))
			.query((rs, n) -> new FailedSignIn(rs.getInt(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/** The count of failures in a row and, once the policy's limit is reached, the end of the lock. */
	record FailedSignIn(int attempts, Instant lockedUntil) {
	}

	void succeeded(String username, Instant now) {
		jdbc.sql("""
				update identity_staff_account
				   set failed_sign_in_attempts = 0, locked_until = null, last_signed_in_at = :now,
				       version = version + 1
				 where username = :username""")
			.param("now", Timestamp.from(now))
			.param("username", username.toLowerCase(Locale.ROOT))
			.update();
	}

	void personSucceeded(long accountId, Instant now) {
		jdbc.sql("""
				update identity_person_account
				   set failed_sign_in_attempts = 0, locked_until = null, last_signed_in_at = :now,
				       version = version + 1
				 where id = :id""")
			.param("now", Timestamp.from(now))
			.param("id", accountId)
			.update();
	}

	/** Lifts a lock and forgets the wrong passwords and second-factor codes that led to it. */
	boolean unlock(long staffId) {
		jdbc.sql("update identity_staff_totp set failed_attempts = 0 where staff_account_id = :id").param("id", staffId)
			.update();
		return jdbc.sql("""
				update identity_staff_account
				   set failed_sign_in_attempts = 0, locked_until = null, version = version + 1
				 where id = :id""")
			.param("id", staffId)
			.update() == 1;
	}
}
