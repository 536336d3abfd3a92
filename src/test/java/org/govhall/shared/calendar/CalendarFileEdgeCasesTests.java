package org.govhall.shared.calendar;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Calendar files as cities really save them: with a byte-order mark, or with a mistake in the year. */
class CalendarFileEdgeCasesTests {

	@Test
	void a_byte_order_mark_from_windows_editors_is_ignored() {
		YearCalendar year = CalendarFileParser.parse("bom.cal", List.of("\uFEFFyear 2027", "off 2027-01-01 元旦"));
		assertThat(year.year()).isEqualTo(2027);
		assertThat(year.holidays()).hasSize(1);
	}

	@Test
	void a_second_year_line_is_refused_with_its_line_number() {
		assertThatThrownBy(() -> CalendarFileParser.parse("two.cal",
				List.of("year 2026", "off 2026-10-01 国庆节", "year 2027", "off 2027-01-01 元旦")))
			.isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("two.cal:3")
			.hasMessageContaining("second 'year'");
	}
}
