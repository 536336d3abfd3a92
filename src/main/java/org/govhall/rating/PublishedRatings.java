package org.govhall.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govhall.rating.internal.RatedCaseViews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the public page shows of the ratings (好差评公示): the figures per department (named) and item over a period,
 * and the comments the supervisors published, masked — never a name, a number or a case.
 */
@Service
public class PublishedRatings {

	private final RatingFigures figures;

	private final RatedCaseViews views;

	private final JdbcClient jdbc;

	PublishedRatings(RatingFigures figures, RatedCaseViews views, JdbcClient jdbc) {
		this.figures = figures;
		this.views = views;
		this.jdbc = jdbc;
	}

	/**
	 * One row of figures with its name.
	 *
	 * @param key the department's or item's code
	 * @param name its name
	 * @param figures its figures
	 */
	public record Named(String key, String name, Satisfaction figures) {
	}

	/**
	 * A published comment.
	 *
	 * @param itemName the item rated
	 * @param departmentName the department rated
	 * @param stars the stars
	 * @param text the comment, masked
	 * @param ratedOn the day
	 */
	public record Comment(String itemName, String departmentName, int stars, String text, LocalDate ratedOn) {
	}

	public List<Named> byDepartment(LocalDate from, LocalDate to) {
		return figures.byDepartment(from, to).stream().map(s -> new Named(s.key(), views.departmentName(s.key()), s))
			.toList();
	}

	public List<Named> byItem(LocalDate from, LocalDate to) {
		List<Satisfaction> items = figures.byItem(from, to);
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select distinct on (item_code) item_code, item_name from rating_case order by item_code, finished_at desc")
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
		return items.stream().map(s -> new Named(s.key(), names.getOrDefault(s.key(), s.key()), s)).toList();
	}

	/** The latest published comments, newest first. */
	public List<Comment> comments(int limit) {
		return jdbc.sql("""
				select c.item_name, c.department, r.stars, r.published_comment, r.rated_on
				from rating r join rating_case c on c.case_number = r.case_number
				where r.comment_status = 'PUBLISHED' order by r.moderated_at desc, r.case_number limit ?""")
			.param(Math.min(100, Math.max(1, limit)))
			.query((rs, n) -> new Comment(rs.getString(1), views.departmentName(rs.getString(2)), rs.getInt(3),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}
}
