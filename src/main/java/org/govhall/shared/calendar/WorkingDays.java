package org.govhall.shared.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.govhall.shared.GovHallProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The hall's working-day calendar as a service: loaded at start from the calendar files shipped with the hall
 * and from {@code <data-dir>/calendar/} (where a city drops next year's State Council notice without a
 * release), and reloadable while running.
 */
@Component
public class WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final Path directory;

	private final Clock clock;

	private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

	WorkingDays(GovHallProperties properties, Clock clock) {
		this.directory = properties.dataDir().resolve("calendar");
		this.clock = clock;
		reload();
	}

	public WorkingDayCalendar calendar() {
		return current.get();
	}

	public Path directory() {
		return directory;
	}

	/** Reads the calendar files again; answers the new calendar. */
	public WorkingDayCalendar reload() {
		WorkingDayCalendar loaded = WorkingDayCalendar.of(CalendarLoader.load(directory));
		current.set(loaded);
		int year = LocalDate.now(clock).getYear();
		log.info("Working-day calendar loaded for {}", loaded.yearsWithData());
		if (!loaded.hasDataFor(year)) {
			log.warn("No official holiday data for {}: counting Monday to Friday as working days. "
					+ "Add {}/{}.cal", year, directory.toAbsolutePath(), year);
		}
		return loaded;
	}
}
