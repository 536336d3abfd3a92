package org.govhall.shared.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

import org.govhall.shared.GovHallProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators learn from the health endpoint which years are counted without official holiday data. */
class WorkingDayCalendarHealthIndicatorTests {

	@TempDir
	Path dataDir;

	@Test
	void a_year_with_data_and_the_next_without_are_reported() {
		Health health = indicatorOn("2026-06-01T00:00:00Z").health();
		assertThat(health.getDetails().get("yearsWithData")).isEqualTo(new TreeSet<>(Set.of(2025, 2026)));
		assertThat(health.getDetails().get("fallbackYears")).isEqualTo(new TreeSet<>(Set.of(2027)));
		assertThat((String) health.getDetails().get("warning")).contains("2027");
	}

	@Test
	void a_calendar_file_for_next_year_clears_the_warning() throws Exception {
		Files.createDirectories(dataDir.resolve("calendar"));
		Files.writeString(dataDir.resolve("calendar/2026.cal"), "year 2026\n");
		Health health = indicatorOn("2025-06-01T00:00:00Z").health();
		assertThat(health.getDetails().get("fallbackYears")).isEqualTo(new TreeSet<>());
		assertThat(health.getDetails()).doesNotContainKey("warning");
	}

	private WorkingDayCalendarHealthIndicator indicatorOn(String instant) {
		Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
		GovHallProperties properties = new GovHallProperties(dataDir, ZoneId.of("Asia/Shanghai"), null, null, null);
		return new WorkingDayCalendarHealthIndicator(new WorkingDays(properties, clock), clock);
	}
}
