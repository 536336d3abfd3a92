package org.govhall.exchange.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.govhall.exchange.AccessGrant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A governed lookup in one statement and one round trip: it checks that the grant is still in force, reads the
 * granted columns of the subject's row and appends the access log entry (consumer, resource and fields taken from
 * the grant itself), all or nothing. A grant revoked,
 * superseded or expired on any node since it was cached answers {@link Answer#stale()} and writes nothing.
 * <p>
 * Unless {@code flushed}, a lookup in no caller's transaction commits asynchronously (ADR 0010): it answers
 * without waiting for a disk flush, and the server flushes its record moments later.
 */
@Component
public class GovernedLookups {

	/** For this transaction only: answer without waiting for the commit's flush (ADR 0010). */
	private static final String ASYNCHRONOUS_COMMIT =
			"c as (select set_config('synchronous_commit', 'off', true) as setting),";

	private final JdbcClient jdbc;

	private final Map<String, Statement> statements = new ConcurrentHashMap<>();

	GovernedLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a lookup found.
	 *
	 * @param outcome ANSWERED or NOT_FOUND; {@code null} when the grant is no longer in force
	 * @param values the granted fields of the subject, unmasked, in grant order (empty unless answered)
	 */
	public record Answer(String outcome, Map<String, Object> values) {

		public boolean stale() {
			return outcome == null;
		}

		public boolean found() {
			return "ANSWERED".equals(outcome);
		}
	}

	public Answer lookup(Register register, AccessGrant grant, String subject, String purpose, AccessContext who,
			LocalDate today, boolean flushed) {
		// set locally, the setting would also apply to the caller's own writes
		boolean asynchronous = !flushed && !TransactionSynchronizationManager.isActualTransactionActive();
		Statement statement = statements.computeIfAbsent(register + ":" + grant.fields() + ":" + asynchronous,
				k -> statement(register, grant.fields(), asynchronous));
		return jdbc.sql(statement.sql())
			.params(grant.id(), today, subject, Timestamp.from(who.at()), who.actor(), who.actingFor(), who.channel(),
					subject, purpose, who.clientAddress())
			.query((rs, n) -> answer(rs, statement.columns()))
			.single();
	}

	/** The statement for a register and a grant's fields, built once: its SQL and columns. */
	private record Statement(String sql, List<String> columns) {
	}

	private static Statement statement(Register register, List<String> fields, boolean asynchronous) {
		List<String> columns = fields.stream().map(register::column).toList();
		String sql = """
				with %s g as (
				    select id, consumer_department, resource_code, fields from exchange_grant
				    where id = ? and status = 'GRANTED' and valid_until >= ?
				), s as (
				    select true as found, %s from %s where %s = ? and exists (select 1 from g)
				), l as (
				    insert into exchange_access_log (occurred_at, consumer, actor, acting_for, channel, resource_code,
				        grant_id, subject, purpose, fields, outcome, client_address)
				    select ?, g.consumer_department, ?, ?, ?, g.resource_code, g.id, ?, ?, g.fields,
				        case when exists (select 1 from s) then 'ANSWERED' else 'NOT_FOUND' end, ?
				    from g%s
				    returning outcome
				)
				select (select outcome from l) as outcome, s.* from (select 1) as one left join s on true
				""".formatted(asynchronous ? ASYNCHRONOUS_COMMIT : "", String.join(", ", columns), register.table(),
				register.key(), asynchronous ? " cross join c" : "");
		return new Statement(sql, columns);
	}

	private static Answer answer(ResultSet rs, List<String> columns) throws SQLException {
		String outcome = rs.getString("outcome");
		if (!"ANSWERED".equals(outcome)) {
			return new Answer(outcome, Map.of());
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String column : columns) {
			values.put(column, text(rs.getObject(column)).orElse(null));
		}
		return new Answer(outcome, values);
	}

	/** A register value as text: dates in ISO form, decimals plain, text without padding. */
	static Optional<String> text(Object value) {
		if (value == null) {
			return Optional.empty();
		}
		return Optional.of(value instanceof Date d ? d.toLocalDate().toString()
				: value instanceof BigDecimal b ? b.toPlainString() : value.toString().strip());
	}
}
