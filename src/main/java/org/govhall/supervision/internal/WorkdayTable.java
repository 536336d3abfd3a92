package org.govhall.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar as a table of ordinals ({@code supervision_workday}): for each day, the working days up
 * to and including it since the table's first day, so that the working days in {@code (a, b]} are
 * {@code ordinal(b) - ordinal(a)} — the same count as {@link WorkingDayCalendar#workingDaysBetween} — and the sweep
 * can count them for every branch in one statement. Written again whenever the calendar the hall loaded changes.
 */
@Component
class WorkdayTable {

	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2040, 12, 31);

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private volatile WorkingDayCalendar written;

	WorkdayTable(JdbcClient jdbc, WorkingDays workingDays) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
	}

	/** Makes the table match the hall's calendar (one statement; nothing when it already does). */
	@Transactional
	public void refresh() {
		WorkingDayCalendar calendar = workingDays.calendar();
		if (calendar == written) {
			return;
		}
		List<LocalDate> days = new ArrayList<>();
		List<Integer> ordinals = new ArrayList<>();
		int ordinal = 0;
		for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				ordinal++;
			}
			days.add(day);
			ordinals.add(ordinal);
		}
		jdbc.sql("""
				insert into supervision_workday (day, ordinal)
				select * from unnest(?::date[], ?::int[])
				on conflict (day) do update set ordinal = excluded.ordinal
				where supervision_workday.ordinal <> excluded.ordinal""")
			.params(SqlArrays.literal(days.stream().map(LocalDate::toString).toList()),
					SqlArrays.literal(ordinals.stream().map(String::valueOf).toList()))
			.update();
		written = calendar;
	}
}
