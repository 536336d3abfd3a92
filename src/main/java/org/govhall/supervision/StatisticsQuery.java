package org.govhall.supervision;

import java.time.LocalDate;

/**
 * Which efficiency figures: a period of days (both included), what to count them by, and optionally one
 * department, item or district only.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, Grouping by, String department, String item,
		String division) {
}
