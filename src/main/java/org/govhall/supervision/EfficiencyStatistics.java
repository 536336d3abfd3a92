package org.govhall.supervision;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Efficiency statistics (效能统计) from the daily pre-aggregates: received, decided, on time, late, refused, after
 * corrections, average and 90th-percentile working days, beside the promised and legal limits — per department,
 * item, district, month or week over a period. Public: the figures carry no personal data.
 */
@Service
public class EfficiencyStatistics {

	/** The longest period one query may span. */
	public static final int MAX_DAYS = 3 * 366;

	/** The histograms summed element by element in the same pass: {@code sum(days_histogram[1]), …}. */
	private static final String HISTOGRAM_SUMS = java.util.stream.IntStream.rangeClosed(1, 61)
		.mapToObj(i -> "sum(days_histogram[" + i + "])").collect(java.util.stream.Collectors.joining(", "));

	private final JdbcClient jdbc;

	EfficiencyStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<EfficiencyFigure> figures(StatisticsQuery query) {
		if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
			throw ProblemException.invalid("to", "supervision.statistics.period");
		}
		if (query.from().plusDays(MAX_DAYS).isBefore(query.to())) {
			throw ProblemException.invalid("from", "supervision.statistics.tooLong", MAX_DAYS);
		}
		Grouping by = query.by() == null ? Grouping.DEPARTMENT : query.by();
		String where = """
				where day between ? and ? and (cast(? as text) is null or department = ?)
				    and (cast(? as text) is null or item_code = ?) and (cast(? as text) is null or division_code = ?)""";
		Object[] params = { Date.valueOf(query.from()), Date.valueOf(query.to()), query.department(),
				query.department(), query.item(), query.item(), query.division(), query.division() };
		List<EfficiencyFigure> figures = new ArrayList<>();
		jdbc.sql("select " + by.column + """
				 as key, sum(received), sum(finished), sum(on_time), sum(refused), sum(corrections), sum(days_sum),
				    sum(promised_sum), sum(legal_sum),
				""" + HISTOGRAM_SUMS + """
				 from supervision_daily
				""" + where + " group by 1 order by " + (by == Grouping.MONTH || by == Grouping.WEEK ? "1" : "2 desc, 1"))
			.params(params)
			.query(rs -> {
				long finished = rs.getLong(3);
				long[] histogram = new long[61];
				for (int d = 0; d < histogram.length; d++) {
					histogram[d] = rs.getLong(10 + d);
				}
				figures.add(new EfficiencyFigure(rs.getString(1), rs.getLong(2), finished, rs.getLong(4),
						rs.getLong(5), rs.getLong(6), finished == 0 ? null : rs.getDouble(7) / finished,
						percentile(histogram, finished, 0.9), finished == 0 ? null : rs.getDouble(8) / finished,
						finished == 0 ? null : rs.getDouble(9) / finished));
			});
		return figures;
	}

	/** The smallest number of days at or below which {@code share} of the decided branches lie. */
	public static Integer percentile(long[] histogram, long count, double share) {
		if (histogram == null || count == 0) {
			return null;
		}
		long needed = (long) Math.ceil(share * count);
		long seen = 0;
		for (int days = 0; days < histogram.length; days++) {
			seen += histogram[days];
			if (seen >= needed) {
				return days;
			}
		}
		return histogram.length - 1;
	}

	/** The names of the items that have figures, by implementation code. */
	@Transactional(readOnly = true)
	public Map<String, String> itemNames() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select item_code, max(item_name) from supervision_branch group by item_code")
			.query(rs -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}

	/** The period's totals over all groups, as one figure keyed {@code total}. */
	public EfficiencyFigure total(StatisticsQuery query) {
		return figures(new StatisticsQuery(query.from(), query.to(), Grouping.TOTAL, query.department(), query.item(),
				query.division())).stream().findFirst()
			.orElse(new EfficiencyFigure("total", 0, 0, 0, 0, 0, null, null, null, null));
	}
}
