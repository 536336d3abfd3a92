package org.govhall.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response times of the grant workflow per providing department, for the supervision statistics: no personal
 * data, only counts and hours.
 */
@Service
public class GrantResponseTimes {

	private final JdbcClient jdbc;

	GrantResponseTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Requests made in {@code [from, to)}, per provider. */
	@Transactional(readOnly = true)
	public List<GrantResponse> byProvider(Instant from, Instant to) {
		return jdbc.sql("""
				select r.provider_department, count(*), count(g.decided_at), count(*) filter (where g.decided_at is null),
				    avg(extract(epoch from g.decided_at - g.requested_at) / 3600)::float8,
				    percentile_cont(0.9) within group (order by (extract(epoch from g.decided_at - g.requested_at) / 3600)::float8)
				from exchange_grant g join exchange_resource r on r.code = g.resource_code
				where g.requested_at >= ? and g.requested_at < ?
				group by r.provider_department order by r.provider_department""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new GrantResponse(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getObject(5, Double.class), rs.getObject(6, Double.class)))
			.list();
	}
}
