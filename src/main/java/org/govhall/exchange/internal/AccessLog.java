package org.govhall.exchange.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.govhall.exchange.AccessRecord;
import org.govhall.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The exchange's access log table (访问日志): who read which subject, under which grant, for what purpose and which
 * fields. Governed lookups write their row in the statement that reads ({@link GovernedLookups}); refusals, base
 * register reads by platform services and change-feed pages are written here.
 */
@Repository
public class AccessLog {

	private static final String INSERT = """
			insert into exchange_access_log (occurred_at, consumer, actor, acting_for, channel, resource_code,
			    grant_id, subject, purpose, fields, outcome, client_address)
			""";

	private final JdbcClient jdbc;

	AccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records one access (or refused access) to one subject. */
	public void record(AccessContext who, String resource, Long grant, String subject, String purpose,
			Collection<String> fields, String outcome) {
		jdbc.sql(INSERT + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?)")
			.params(Timestamp.from(who.at()), who.consumer(), who.actor(), who.actingFor(), who.channel(), resource,
					grant, subject, purpose, SqlArrays.literal(fields), outcome, who.clientAddress())
			.update();
	}

	/** Records that every one of {@code subjects} was read, in one statement (a page of the change feed). */
	public void recordAll(AccessContext who, String resource, long grant, List<String> subjects, String purpose,
			Collection<String> fields) {
		if (subjects.isEmpty()) {
			return;
		}
		jdbc.sql(INSERT + """
				select ?, ?, ?, ?, ?, ?, ?, subject, ?, ?::varchar[], 'ANSWERED', ?
				from unnest(?::varchar[]) with ordinality as s (subject, n) order by n""")
			.params(Timestamp.from(who.at()), who.consumer(), who.actor(), who.actingFor(), who.channel(), resource,
					grant, purpose, SqlArrays.literal(fields), who.clientAddress(), SqlArrays.literal(subjects))
			.update();
	}

	/** The accesses to a subject's data, newest first. */
	public List<AccessRecord> of(String subject, int page, int size) {
		return jdbc.sql("""
				select id, occurred_at, consumer, actor, acting_for, channel, resource_code, grant_id, subject, purpose,
				       fields, outcome
				from exchange_access_log where subject = ? order by id desc limit ? offset ?""")
			.params(subject, size, (long) page * size)
			.query((rs, n) -> new AccessRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					(Long) rs.getObject(8, Long.class), rs.getString(9), rs.getString(10),
					Arrays.asList((String[]) rs.getArray(11).getArray()), rs.getString(12)))
			.list();
	}

	public long countOf(String subject) {
		return jdbc.sql("select count(*) from exchange_access_log where subject = ?").param(subject)
			.query(Long.class).single();
	}
}
