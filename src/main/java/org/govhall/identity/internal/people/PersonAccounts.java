package org.govhall.identity.internal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.govhall.identity.AssuranceLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Citizens' accounts ({@code identity_person_account}). */
@Repository
public class PersonAccounts {

	private final JdbcClient jdbc;

	PersonAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PersonAccount> byId(long id) {
		return jdbc.sql("select * from identity_person_account where id = ?").param(id).query(PersonAccounts::map)
			.optional();
	}

	public Optional<PersonAccount> bySubject(String subject) {
		UUID uuid;
		try {
			uuid = UUID.fromString(subject);
		}
		catch (IllegalArgumentException notAUuid) {
			return Optional.empty();
		}
		return jdbc.sql("select * from identity_person_account where subject = ?").param(uuid)
			.query(PersonAccounts::map).optional();
	}

	public Optional<PersonAccount> byIdentityNumber(String identityNumber) {
		return jdbc.sql("select * from identity_person_account where identity_number = ?")
			.param(identityNumber.strip().toUpperCase(Locale.ROOT)).query(PersonAccounts::map).optional();
	}

	public Optional<PersonAccount> byMobile(String mobile) {
		return jdbc.sql("select * from identity_person_account where mobile = ?").param(mobile.strip())
			.query(PersonAccounts::map).optional();
	}

	/** By identity number or mobile, as typed on the sign-in page. */
	public Optional<PersonAccount> bySignInName(String name) {
		String value = name.strip();
		return value.length() == 11 ? byMobile(value) : byIdentityNumber(value);
	}

	public PersonAccount insert(String identityNumber, String name, String mobile, String passwordHash,
			AssuranceLevel assurance, Instant realNameCheckedAt, Instant now) {
		long id = jdbc.sql("""
				insert into identity_person_account (subject, identity_number, name, mobile, password_hash,
				    assurance_level, real_name_checked_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(UUID.randomUUID(), identityNumber, name, mobile, passwordHash, assurance.name(),
					realNameCheckedAt == null ? null : Timestamp.from(realNameCheckedAt), Timestamp.from(now))
			.query(Long.class).single();
		return byId(id).orElseThrow();
	}

	public void changePassword(long id, String passwordHash) {
		jdbc.sql("""
				update identity_person_account set password_hash = ?, failed_sign_in_attempts = 0, locked_until = null,
				    version = version + 1 where id = ?""").params(passwordHash, id).update();
	}

	public void raiseAssurance(long id, AssuranceLevel level, Instant now, String checkedBy) {
		if (level == AssuranceLevel.IN_PERSON) {
			jdbc.sql("""
					update identity_person_account set assurance_level = 'IN_PERSON', in_person_checked_at = ?,
					    in_person_checked_by = ?, version = version + 1 where id = ?""")
				.params(Timestamp.from(now), checkedBy, id).update();
		}
		else {
			jdbc.sql("""
					update identity_person_account set assurance_level = ?, real_name_checked_at = ?,
					    version = version + 1 where id = ? and assurance_level <> 'IN_PERSON'""")
				.params(level.name(), Timestamp.from(now), id).update();
		}
	}

	private static PersonAccount map(ResultSet rs, int row) throws SQLException {
		return new PersonAccount(rs.getLong("id"), rs.getObject("subject", UUID.class),
				rs.getString("identity_number"), rs.getString("name"), rs.getString("mobile"),
				rs.getString("password_hash"), AssuranceLevel.valueOf(rs.getString("assurance_level")),
				instant(rs, "real_name_checked_at"), rs.getBoolean("enabled"), instant(rs, "locked_until"),
				instant(rs, "last_signed_in_at"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
