package org.govhall.rating;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The satisfaction figures (满意度统计) of the ratings given between two days (both included, the day a rating was
 * given in the hall's time zone), per department, item and month, and the follow-ups still owed — for supervision's
 * dashboards and the public page. Each is one aggregate query; no personal data leaves.
 */
@Service
public class RatingFigures {

	private static final String FIGURES = """
			select %s as key, count(*) as ratings, coalesce(avg(r.stars::float8), 0) as average,
			       count(*) filter (where r.stars >= 4) as good, count(*) filter (where r.stars <= 2) as bad
			from rating r join rating_case c on c.case_number = r.case_number %s
			where r.rated_on between ? and ?
			group by 1 order by 1""";

	private final JdbcClient jdbc;

	RatingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per department (each department of a case counts its rating), by department code. */
	public List<Satisfaction> byDepartment(LocalDate from, LocalDate to) {
		return figures("d.department", "cross join lateral unnest(c.departments) as d(department)", from, to);
	}

	/** Per item, by implementation code. */
	public List<Satisfaction> byItem(LocalDate from, LocalDate to) {
		return figures("c.item_code", "", from, to);
	}

	/** Per month, keyed {@code 2026-11}. */
	public List<Satisfaction> byMonth(LocalDate from, LocalDate to) {
		return figures("to_char(r.rated_on, 'YYYY-MM')", "", from, to);
	}

	/** The open and escalated follow-ups, oldest last day first, at most 100. */
	public List<FollowUpSummary> followUpsToWatch() {
		return jdbc.sql("""
				select case_number, department, stars, due_on, escalated_at is not null from rating_follow_up
				where answered_at is null order by due_on, opened_on, case_number limit 100""")
			.query((rs, n) -> new FollowUpSummary(rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
			.list();
	}

	private List<Satisfaction> figures(String key, String join, LocalDate from, LocalDate to) {
		return jdbc.sql(FIGURES.formatted(key, join)).params(from, to)
			.query((rs, n) -> new Satisfaction(rs.getString("key"), rs.getLong("ratings"), rs.getDouble("average"),
					rs.getLong("good"), rs.getLong("bad")))
			.list();
	}
}
