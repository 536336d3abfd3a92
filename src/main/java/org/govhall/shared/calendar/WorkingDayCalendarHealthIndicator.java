package org.govhall.shared.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Tells operators which years have official holiday data and which are counted on plain weekends instead (this
 * year or next year without a file, or any year a deadline reached into).
 */
@Component("workingDayCalendar")
class WorkingDayCalendarHealthIndicator implements HealthIndicator {

	private final WorkingDays workingDays;

	private final Clock clock;

	WorkingDayCalendarHealthIndicator(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public Health health() {
		WorkingDayCalendar calendar = workingDays.calendar();
		int year = LocalDate.now(clock).getYear();
		Set<Integer> fallback = new TreeSet<>(calendar.fallbackYearsUsed());
		for (int y : new int[] { year, year + 1 }) {
			if (!calendar.hasDataFor(y)) {
				fallback.add(y);
			}
		}
		Health.Builder health = Health.up()
			.withDetail("yearsWithData", new TreeSet<>(calendar.yearsWithData()))
			.withDetail("fallbackYears", fallback)
			.withDetail("directory", workingDays.directory().toAbsolutePath().toString());
		if (!fallback.isEmpty()) {
			health.withDetail("warning", "Years " + fallback + " have no official holiday data and are counted "
					+ "Monday to Friday; add their calendar files");
		}
		return health.build();
	}
}
