package org.govhall.supervision.web;

import java.util.List;
import java.util.Locale;

import org.govhall.supervision.EfficiencyFigure;

/** Efficiency figures as CSV (RFC 4180), with a byte-order mark so that spreadsheets read the Chinese right. */
final class FigureCsv {

	static final String HEADER = "key,received,finished,on_time,late,on_time_share,refusals,corrections,"
			+ "average_days,p90_days,average_promised_limit,average_legal_limit";

	private FigureCsv() {
	}

	static String write(List<EfficiencyFigure> figures) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (EfficiencyFigure f : figures) {
			csv.append(quoted(f.key())).append(',').append(f.received()).append(',').append(f.finished()).append(',')
				.append(f.onTime()).append(',').append(f.late()).append(',').append(number(f.onTimeShare(), 4))
				.append(',').append(f.refusals()).append(',').append(f.corrections()).append(',')
				.append(number(f.averageDays(), 2)).append(',').append(f.p90Days() == null ? "" : f.p90Days())
				.append(',').append(number(f.averagePromisedLimit(), 2)).append(',')
				.append(number(f.averageLegalLimit(), 2)).append("\r\n");
		}
		return csv.toString();
	}

	private static String number(Double value, int decimals) {
		return value == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String quoted(String value) {
		String v = value == null ? "" : value;
		// a leading =, +, - or @ would be a formula to a spreadsheet
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return v.matches("[A-Za-z0-9_.\\-']*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
	}
}
