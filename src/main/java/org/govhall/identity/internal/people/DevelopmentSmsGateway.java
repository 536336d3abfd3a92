package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DEVELOPMENT ONLY: "sends" a text by writing it to the log and to {@code identity_dev_sms}, where the
 * development page {@code /dev/sms} shows it. Never active under the {@code prod} profile.
 */
public class DevelopmentSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentSmsGateway.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	public DevelopmentSmsGateway(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void send(String mobile, String text) {
		log.info("DEVELOPMENT SMS to {}: {}", mobile, text);
		jdbc.sql("insert into identity_dev_sms (mobile, text, sent_at) values (?, ?, ?)")
			.params(mobile, text, Timestamp.from(clock.instant())).update();
	}

	/** The newest messages, newest first. */
	public List<Message> recent(int limit) {
		return jdbc.sql("select mobile, text, sent_at from identity_dev_sms order by id desc limit ?").param(limit)
			.query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
	}

	/** A message as sent. */
	public record Message(String mobile, String text, java.time.Instant sentAt) {
	}
}
