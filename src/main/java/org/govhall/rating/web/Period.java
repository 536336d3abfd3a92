package org.govhall.rating.web;

import java.time.LocalDate;

import org.govhall.shared.web.ProblemException;

/** The days a page or request of figures covers: the last twelve months unless given, at most ten years. */
record Period(LocalDate from, LocalDate to) {

	static Period of(LocalDate from, LocalDate to) {
		LocalDate end = to == null ? LocalDate.now().plusDays(1) : to;
		LocalDate start = from == null ? end.minusYears(1) : from;
		if (start.isAfter(end) || start.isBefore(end.minusYears(10))) {
			throw ProblemException.invalid("from", "rating.period.invalid");
		}
		return new Period(start, end);
	}
}
