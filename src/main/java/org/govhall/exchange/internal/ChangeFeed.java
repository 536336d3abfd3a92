package org.govhall.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.Change;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A register's changes in commit order (变更订阅), for replication: after a cursor {@code <transaction>-<change>},
 * only changes of transactions that have all ended, so that a change committing late is never skipped.
 */
@Component
public class ChangeFeed {

	private static final Pattern CURSOR = Pattern.compile("(\\d{1,20})-(\\d{1,19})");

	/** The most changes one page serves. */
	public static final int MAX_PAGE = 1000;

	private final JdbcClient jdbc;

	ChangeFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A cursor as a client sends it ({@code 0} or blank: the beginning), or a refusal naming the parameter. */
	public static Matcher cursor(String cursor) {
		String text = cursor == null || cursor.isBlank() || "0".equals(cursor.strip()) ? "0-0" : cursor.strip();
		Matcher matcher = CURSOR.matcher(text);
		if (!matcher.matches()) {
			throw ProblemException.invalid("after", "exchange.changes.badCursor", cursor);
		}
		return matcher;
	}

	/** At most {@code size} changes after {@code position}, with the granted fields only, masked as granted. */
	public List<Change> after(Register register, AccessGrant grant, Matcher position, int size) {
		List<String> columns = grant.fields().stream().map(register::column).toList();
		return jdbc.sql("""
				select r.change_tx::text as cursor_tx, r.change_seq, r.%s, %s from %s r
				where (r.change_tx, r.change_seq) > (?::xid8, ?)
				  and r.change_tx < pg_snapshot_xmin(pg_current_snapshot())
				order by r.change_tx, r.change_seq limit ?""".formatted(register.key(), String.join(", ", columns),
				register.table()))
			.params(position.group(1), Long.parseLong(position.group(2)), size)
			.query((rs, n) -> {
				Map<String, Object> values = new LinkedHashMap<>();
				for (String column : columns) {
					values.put(column, GovernedLookups.text(rs.getObject(column)).orElse(null));
				}
				return new Change(rs.getString(1) + "-" + rs.getLong(2), rs.getString(3).strip(),
						Masking.asGranted(values, grant));
			})
			.list();
	}
}
