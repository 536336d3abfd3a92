package org.govhall.identity.internal.people;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often codes may be asked for (验证码发送频率): a mobile gets one a minute and {@link #DAILY_LIMIT} a day, a
 * client address a configured number an hour. Counted in the database over every code issued (withheld ones
 * included), so that the limits hold on every node and answer alike for mobiles with and without an account.
 */
@Component
public class CodeLimits {

	public static final int DAILY_LIMIT = 10;

	static final Duration RESEND_AFTER = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final int addressHourlyLimit;

	@Autowired
	CodeLimits(JdbcClient jdbc, IdentityProperties properties) {
		this(jdbc, properties.codesPerAddressPerHour());
	}

	/** Limits with {@code addressHourlyLimit} codes per client address an hour. */
	public CodeLimits(JdbcClient jdbc, int addressHourlyLimit) {
		this.jdbc = jdbc;
		this.addressHourlyLimit = addressHourlyLimit;
	}

	/** Refuses with 429 when {@code mobile} or {@code clientAddress} has had its codes at {@code now}. */
	public void check(String mobile, String clientAddress, Instant now) {
		var counts = jdbc.sql("""
				select count(*) filter (where created_at > ?), count(*)
				from identity_one_time_code where mobile = ? and created_at > ?""")
			.params(Timestamp.from(now.minus(RESEND_AFTER)), mobile, Timestamp.from(now.minus(Duration.ofDays(1))))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		if (counts[0] > 0) {
			throw tooMany("identity.code.wait", RESEND_AFTER.toSeconds());
		}
		if (counts[1] >= DAILY_LIMIT) {
			throw tooMany("identity.code.dailyLimit", DAILY_LIMIT);
		}
		if (clientAddress != null) {
			long fromAddress = jdbc.sql("""
					select count(*) from identity_one_time_code where client_address = ? and created_at > ?""")
				.params(clientAddress, Timestamp.from(now.minus(Duration.ofHours(1))))
				.query(Long.class).single();
			if (fromAddress >= addressHourlyLimit) {
				throw tooMany("identity.code.addressLimit");
			}
		}
	}

	private static ProblemException tooMany(String key, Object... args) {
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "too-many-codes", key, args);
	}
}
