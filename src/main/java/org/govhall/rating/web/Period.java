package org.govhall.rating.web;

import java.time.Clock;
import java.time.LocalDate;

import org.govhall.shared.web.ProblemException;

/** The days a page or request of figures covers: the year up to today unless given, at most ten years. */
record Period(LocalDate from, LocalDate to) {

	static Period of(LocalDate from, LocalDate to, Clock clock) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.minusYears(1) : from;
		if (start.isAfter(end) || start.isBefore(end.minusYears(10))) {
			throw ProblemException.invalid("from", "rating.period.invalid");
		}
		return new Period(start, end);
	}
}
