package org.govhall.shared.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

	@Test
	void the_shipped_2026_file_states_exactly_the_state_council_arrangement() {
		YearCalendar shipped = shipped(2026);
		Set<LocalDate> off = new HashSet<>();
		off.addAll(range("2026-01-01", "2026-01-03")); // 元旦
		off.addAll(range("2026-02-15", "2026-02-23")); // 春节
		off.addAll(range("2026-04-04", "2026-04-06")); // 清明节
		off.addAll(range("2026-05-01", "2026-05-05")); // 劳动节
		off.addAll(range("2026-06-19", "2026-06-21")); // 端午节
		off.addAll(range("2026-09-25", "2026-09-27")); // 中秋节
		off.addAll(range("2026-10-01", "2026-10-07")); // 国庆节
		assertThat(shipped.holidays()).isEqualTo(off);
		assertThat(shipped.makeUpWorkingDays()).containsExactlyInAnyOrder(LocalDate.of(2026, 1, 4),
				LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
				LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
	}

	@Test
	void the_shipped_2025_file_states_exactly_the_state_council_arrangement() {
		YearCalendar shipped = shipped(2025);
		Set<LocalDate> off = new HashSet<>();
		off.add(LocalDate.of(2025, 1, 1)); // 元旦
		off.addAll(range("2025-01-28", "2025-02-04")); // 春节
		off.addAll(range("2025-04-04", "2025-04-06")); // 清明节
		off.addAll(range("2025-05-01", "2025-05-05")); // 劳动节
		off.addAll(range("2025-05-31", "2025-06-02")); // 端午节
		off.addAll(range("2025-10-01", "2025-10-08")); // 国庆节、中秋节
		assertThat(shipped.holidays()).isEqualTo(off);
		assertThat(shipped.makeUpWorkingDays()).containsExactlyInAnyOrder(LocalDate.of(2025, 1, 26),
				LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28),
				LocalDate.of(2025, 10, 11));
	}

	@Test
	void every_day_of_the_2026_spring_festival_is_off_and_the_days_around_it_are_worked() {
		range("2026-02-15", "2026-02-23")
			.forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).as("Friday before").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).as("Sunday after the make-up Saturday").isFalse();
	}

	@Test
	void the_first_day_after_each_2026_holiday_is_a_working_day() {
		List.of("01-05", "02-24", "04-07", "05-06", "06-22", "09-28", "10-08")
			.forEach(d -> assertThat(calendar.isWorkingDay(LocalDate.parse("2026-" + d))).as(d).isTrue());
	}

	@Test
	void the_2026_labour_day_make_up_saturday_and_the_sunday_after_it() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 10))).isFalse();
		// after 04-30: 05-06, 05-07, 05-08, 05-09 (make-up Saturday), 05-11
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 30), 5)).isEqualTo(LocalDate.of(2026, 5, 11));
	}

	@Test
	void both_shipped_years_have_248_working_days() {
		// 261 weekdays; 2026: 19 weekday holidays and 6 make-up days; 2025: 18 and 5
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
	}

	@Test
	void the_2025_holidays_and_make_up_days() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 1))).as("New Year, a Wednesday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).as("Spring Festival eve").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).as("last day of Spring Festival").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 27))).as("Labour Day make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 2))).as("Dragon Boat Monday").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
	}

	@Test
	void working_days_between_count_the_end_and_not_the_start() {
		LocalDate friday = LocalDate.of(2026, 3, 6);
		assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
		assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 3, 8))).as("to Sunday").isZero();
		assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 3, 9))).as("to Monday").isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 5), friday)).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(22);
	}

	@Test
	void a_negative_time_limit_is_refused() {
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_time_limit_running_into_a_year_without_data_counts_weekdays_and_records_the_year() {
		WorkingDayCalendar fresh = WorkingDayCalendar.of(CalendarLoader.load(null));
		assertThat(fresh.fallbackYearsUsed()).isEmpty();
		assertThat(fresh.hasDataFor(2027)).isFalse();
		assertThat(fresh.yearsWithData()).containsExactlyInAnyOrder(2025, 2026);
		// 2027-01-01 is a Friday; without the 2027 notice New Year's Day is counted as a working day
		assertThat(fresh.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(fresh.addWorkingDays(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(fresh.fallbackYearsUsed()).containsExactly(2027);
		assertThat(fresh.hasDataFor(2027)).as("asking does not add data").isFalse();
	}

	@Test
	void asking_about_years_with_data_records_no_fallback() {
		WorkingDayCalendar fresh = WorkingDayCalendar.of(CalendarLoader.load(null));
		fresh.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(fresh.fallbackYearsUsed()).isEmpty();
	}

	@Test
	void a_year_without_data_counts_monday_to_friday() {
		WorkingDayCalendar fresh = WorkingDayCalendar.of(CalendarLoader.load(null));
		// 2031-01-01 is a Wednesday: 261 weekdays in the year
		assertThat(fresh.workingDaysBetween(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 12, 31))).isEqualTo(261);
		assertThat(fresh.fallbackYearsUsed()).containsExactly(2031);
	}

	@Test
	void a_missing_directory_or_one_without_calendar_files_leaves_the_shipped_years(@TempDir Path dir)
			throws IOException {
		Files.writeString(dir.resolve("notes.txt"), "not a calendar");
		Files.writeString(dir.resolve("2027.cal.bak"), "rubbish");
		Files.writeString(dir.resolve("27.cal"), "rubbish");
		assertThat(WorkingDayCalendar.of(CalendarLoader.load(dir)).yearsWithData()).containsExactlyInAnyOrder(2025, 2026);
		assertThat(WorkingDayCalendar.of(CalendarLoader.load(dir.resolve("absent"))).yearsWithData())
			.containsExactlyInAnyOrder(2025, 2026);
	}

	@Test
	void an_override_replaces_the_shipped_year_without_touching_the_other(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("2026.cal"), "year 2026\nwork 2026-10-11 extra Sunday\n");
		WorkingDayCalendar loaded = WorkingDayCalendar.of(CalendarLoader.load(dir));
		assertThat(loaded.isWorkingDay(LocalDate.of(2026, 10, 11))).isTrue();
		assertThat(loaded.isWorkingDay(LocalDate.of(2026, 10, 10))).as("shipped make-up day gone").isFalse();
		assertThat(loaded.isWorkingDay(LocalDate.of(2026, 2, 16))).as("shipped holiday gone").isTrue();
		assertThat(loaded.isWorkingDay(LocalDate.of(2025, 10, 1))).as("2025 still shipped").isFalse();
	}

	@Test
	void a_malformed_override_names_its_file_and_line(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("2027.cal");
		Files.writeString(file, "# 2027\nyear 2027\noff 2027-01-01 元旦\nwork 2027-02-30 调休\n");
		assertThatThrownBy(() -> CalendarLoader.load(dir)).isInstanceOf(CalendarFileException.class)
			.hasMessageStartingWith(file + ":4: ")
			.hasMessageContaining("'2027-02-30' is not a date");
	}

	@Test
	void comments_and_blank_lines_are_ignored_but_counted_in_line_numbers() {
		YearCalendar parsed = parse("# header", "", "year 2027   # the year", "off 2027-01-01 元旦 # New Year",
				"work 2027-01-02 调休");
		assertThat(parsed.year()).isEqualTo(2027);
		assertThat(parsed.holidays()).containsExactly(LocalDate.of(2027, 1, 1));
		assertThat(parsed.makeUpWorkingDays()).containsExactly(LocalDate.of(2027, 1, 2));
		assertThat(parsed.source()).isEqualTo("t.cal");
		assertThatThrownBy(() -> parse("# header", "", "year 2027", "off 2027-13-01 bad month"))
			.isInstanceOf(CalendarFileException.class).hasMessage("t.cal:4: '2027-13-01' is not a date (YYYY-MM-DD)");
	}

	@Test
	void a_file_without_a_year_line_is_refused_without_a_line_number() {
		assertThatThrownBy(() -> parse("# nothing but a comment", "")).isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal: no 'year' line");
		assertThatThrownBy(() -> parse("work 2027-01-02 调休", "year 2027")).isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal:1: the 'year' line must come first");
	}

	@Test
	void a_malformed_year_line_is_refused_with_its_line_number() {
		assertThatThrownBy(() -> parse("year 27")).isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal:1: expected 'year YYYY'");
		assertThatThrownBy(() -> parse("# c", "year 2027 2028")).isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal:2: expected 'year YYYY'");
	}

	@Test
	void an_unknown_keyword_is_named_in_the_message() {
		assertThatThrownBy(() -> parse("year 2027", "", "holiday 2027-01-01"))
			.isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal:3: expected 'year', 'off' or 'work', found 'holiday'");
	}

	@Test
	void a_make_up_day_cannot_be_a_range_and_an_entry_needs_a_date() {
		assertThatThrownBy(() -> parse("year 2027", "work 2027-01-02..2027-01-03 调休"))
			.isInstanceOf(CalendarFileException.class).hasMessage("t.cal:2: '2027-01-02..2027-01-03' is not a date");
		assertThatThrownBy(() -> parse("year 2027", "off")).isInstanceOf(CalendarFileException.class)
			.hasMessage("t.cal:2: a date is missing");
		assertThatThrownBy(() -> parse("year 2027", "off 2027-01-01..2027-01-02..2027-01-03"))
			.isInstanceOf(CalendarFileException.class).hasMessageStartingWith("t.cal:2: ")
			.hasMessageContaining("or a range FROM..TO");
	}

	@Test
	void a_date_outside_the_declared_year_is_refused_at_either_end_of_a_range() {
		assertThatThrownBy(() -> parse("year 2027", "off 2027-12-31..2028-01-01 span"))
			.isInstanceOf(CalendarFileException.class).hasMessage("t.cal:2: 2028-01-01 is not in 2027");
		assertThatThrownBy(() -> parse("year 2027", "work 2026-12-27 调休"))
			.isInstanceOf(CalendarFileException.class).hasMessage("t.cal:2: 2026-12-27 is not in 2027");
	}

	@Test
	void a_range_covers_every_day_from_its_first_to_its_last() {
		YearCalendar parsed = parse("year 2027", "off 2027-02-27..2027-03-02 across February");
		assertThat(parsed.holidays()).containsExactlyInAnyOrder(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 2, 28),
				LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
	}

	private static YearCalendar shipped(int year) {
		return CalendarLoader.fromClasspath().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
	}

	private static List<LocalDate> range(String from, String to) {
		return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
	}

	private static YearCalendar parse(String... lines) {
		return CalendarFileParser.parse("t.cal", List.of(lines));
	}
}
