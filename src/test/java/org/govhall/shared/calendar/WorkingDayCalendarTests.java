package org.govhall.shared.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official calendar of 2025 and 2026 as the State Council published it, and the files that carry it. */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.of(CalendarLoader.load(null));

	@Test
	void the_2026_national_day_week_is_off_and_its_saturday_make_up_day_is_worked() {
		for (LocalDate day = LocalDate.of(2026, 10, 1); !day.isAfter(LocalDate.of(2026, 10, 7)); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday make-up day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday make-up day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
	}

	@Test
	void five_working_days_after_the_last_day_of_september_2026_end_on_the_13th_of_october() {
		// 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13))).isEqualTo(5);
	}

	@Test
	void the_2026_spring_festival_and_its_two_make_up_saturdays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Monday in the holiday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("last day of the holiday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24))).isEqualTo(2);
	}

	@Test
	void every_day_of_the_published_2026_schedule() {
		List<String> off = List.of("01-01", "01-02", "01-03", "04-04", "04-05", "04-06", "05-01", "05-02", "05-03",
				"05-04", "05-05", "06-19", "06-20", "06-21", "09-25", "09-26", "09-27");
		off.forEach(d -> assertThat(calendar.isWorkingDay(LocalDate.parse("2026-" + d))).as(d).isFalse());
		List<String> work = List.of("01-04", "02-14", "02-28", "05-09", "09-20", "10-10");
		work.forEach(d -> assertThat(calendar.isWorkingDay(LocalDate.parse("2026-" + d))).as(d).isTrue());
	}

	@Test
	void the_2025_calendar_is_shipped_too() {
		assertThat(calendar.hasDataFor(2025)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("Sunday make-up day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("Saturday make-up day").isTrue();
	}

	@Test
	void a_time_limit_across_the_new_year_counts_in_both_years() {
		// 2025-12-31 → 2026-01-05: 01-01..01-03 off, 01-04 Sunday worked, 01-05 Monday
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 2)).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 0)).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 31))).isEqualTo(-2);
	}

	@Test
	void a_year_without_data_falls_back_to_weekends_and_says_so() {
		assertThat(calendar.hasDataFor(2031)).isFalse();
		assertThat(calendar.fallbackYearsUsed()).doesNotContain(2031);
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 1))).as("a Wednesday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 4))).as("a Saturday").isFalse();
		assertThat(calendar.fallbackYearsUsed()).contains(2031);
	}

	@Test
	void a_file_in_the_data_directory_adds_a_year_and_overrides_a_shipped_one(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("2031.cal"), "year 2031\noff 2031-10-01..2031-10-07 国庆节\nwork 2031-10-11 调休\n");
		Files.writeString(dir.resolve("2026.cal"), "# corrected notice\nyear 2026\noff 2026-03-02 test holiday\n");
		WorkingDayCalendar loaded = WorkingDayCalendar.of(CalendarLoader.load(dir));
		assertThat(loaded.yearsWithData()).contains(2025, 2026, 2031);
		assertThat(loaded.isWorkingDay(LocalDate.of(2031, 10, 1))).isFalse();
		assertThat(loaded.isWorkingDay(LocalDate.of(2031, 10, 11))).isTrue();
		assertThat(loaded.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
		assertThat(loaded.isWorkingDay(LocalDate.of(2026, 10, 1))).as("replaced, not merged").isTrue();
	}

	@Test
	void malformed_files_are_refused_with_the_line_that_is_wrong() {
		assertThatThrownBy(() -> parse("year 2027", "off 2027-02-30 no such day"))
			.isInstanceOf(CalendarFileException.class).hasMessageContaining("t.cal:2").hasMessageContaining("2027-02-30");
		assertThatThrownBy(() -> parse("year 2027", "holiday 2027-01-01")).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("t.cal:2");
		assertThatThrownBy(() -> parse("off 2027-01-01 New Year")).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("year");
		assertThatThrownBy(() -> parse("year 2027", "off 2028-01-01 next year"))
			.isInstanceOf(CalendarFileException.class).hasMessageContaining("not in 2027");
		assertThatThrownBy(() -> parse("year 2027", "off 2027-01-05..2027-01-01 backwards"))
			.isInstanceOf(CalendarFileException.class).hasMessageContaining("ends before it begins");
		assertThatThrownBy(() -> parse("year 2027", "off 2027-01-04 x", "work 2027-01-04 y"))
			.isInstanceOf(CalendarFileException.class).hasMessageContaining("both off and working");
	}

	@Test
	void a_file_named_for_another_year_is_refused(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("2030.cal"), "year 2031\n");
		assertThatThrownBy(() -> CalendarLoader.load(dir)).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("named for 2030");
	}

	private static YearCalendar parse(String... lines) {
		return CalendarFileParser.parse("t.cal", List.of(lines));
	}
}
