package org.govhall.shared.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the official holiday schedule (节假日安排): the holidays, the make-up working days (调休上班) and
 * where the data came from.
 */
public record YearCalendar(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays, String source) {

	public YearCalendar {
		holidays = Set.copyOf(holidays);
		makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
	}
}
