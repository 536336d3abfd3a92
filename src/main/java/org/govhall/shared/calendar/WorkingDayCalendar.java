package org.govhall.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar (工作日历) on which statutory time limits are counted: holidays on weekdays are not
 * working days, make-up working days (调休上班) on weekends are. A year without official data falls back to
 * Monday to Friday and is remembered, so operators can be told. Immutable apart from that record; thread-safe.
 */
public final class WorkingDayCalendar {

	private final Map<Integer, YearCalendar> years;

	private final Set<Integer> fallbackYearsUsed = ConcurrentHashMap.newKeySet();

	private WorkingDayCalendar(Map<Integer, YearCalendar> years) {
		this.years = years;
	}

	public static WorkingDayCalendar of(Collection<YearCalendar> years) {
		Map<Integer, YearCalendar> byYear = new TreeMap<>();
		years.forEach(y -> byYear.put(y.year(), y));
		return new WorkingDayCalendar(Map.copyOf(byYear));
	}

	public boolean isWorkingDay(LocalDate date) {
		YearCalendar year = years.get(date.getYear());
		if (year == null) {
			fallbackYearsUsed.add(date.getYear());
			return !isWeekend(date);
		}
		if (year.makeUpWorkingDays().contains(date)) {
			return true;
		}
		return !year.holidays().contains(date) && !isWeekend(date);
	}

	/**
	 * The day a time limit of {@code n} working days ends, counting from the day after {@code receipt}: the
	 * {@code n}-th working day after it ({@code receipt} itself for 0).
	 */
	public LocalDate addWorkingDays(LocalDate receipt, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + n);
		}
		LocalDate day = receipt;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The working days in {@code (from, to]}; negative when {@code to} lies before {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	public Set<Integer> yearsWithData() {
		return years.keySet();
	}

	public boolean hasDataFor(int year) {
		return years.containsKey(year);
	}

	/** Years that were asked about without official data, and counted Monday to Friday. */
	public Set<Integer> fallbackYearsUsed() {
		return Set.copyOf(fallbackYearsUsed);
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
