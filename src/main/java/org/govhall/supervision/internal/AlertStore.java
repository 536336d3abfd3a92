package org.govhall.supervision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.govhall.supervision.Alert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What supervision told a department's heads or the supervisors ({@code supervision_alert}), newest first. */
@Repository
public class AlertStore {

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Alert alert) {
		jdbc.sql("""
				insert into supervision_alert (department, kind, message_zh, message_en, link, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(alert.department(), alert.kind(), alert.messageZh(), alert.messageEn(), alert.link(),
					Timestamp.from(alert.createdAt()))
			.update();
	}

	/** A department's heads' alerts, or with {@code department} null the supervisors'. */
	public List<Alert> latest(String department, int limit) {
		return jdbc.sql("""
				select department, kind, message_zh, message_en, link, created_at from supervision_alert
				where department is not distinct from ? order by created_at desc, id desc limit ?""")
			.params(department, limit)
			.query((rs, n) -> new Alert(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	static Alert at(Instant now, String department, String kind, String zh, String en, String link) {
		return new Alert(department, kind, zh, en, link, now);
	}
}
