package org.govhall.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Texts to applicants waiting to be sent (casework_text_outbox): added in the step's transaction, so that they exist
 * exactly when the step committed, and taken by {@link ApplicantTexts} after the commit.
 */
@Repository
public class TextOutbox {

	private final JdbcClient jdbc;

	TextOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A text waiting to be sent. */
	public record Text(long id, long personAccount, String text) {
	}

	/** Adds a text in the caller's transaction. */
	void add(long personAccount, String caseNumber, String text, Instant at) {
		jdbc.sql("insert into casework_text_outbox (person_account, case_number, text, created_at) values (?, ?, ?, ?)")
			.params(personAccount, caseNumber, text, Timestamp.from(at)).update();
	}

	/**
	 * Takes the oldest unsent text, locking it ({@code for update skip locked}): a text another node's dispatcher
	 * holds is left to it. Call in a transaction and mark it sent in the same one.
	 */
	Optional<Text> takeOldest() {
		return jdbc.sql("""
				select id, person_account, text from casework_text_outbox where sent_at is null
				order by id limit 1 for update skip locked""")
			.query((rs, n) -> new Text(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
	}

	void sent(long id, Instant at) {
		jdbc.sql("update casework_text_outbox set sent_at = ? where id = ?").params(Timestamp.from(at), id).update();
	}
}
