package org.govhall.shared.identifiers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB/T 2260 division codes shipped as dated data, abolished codes still resolvable. */
class DivisionCodesTests {

	private final DivisionCodes divisions = DivisionCodes.standard();

	@Test
	void current_divisions_of_shanghai() {
		assertThat(divisions.find("310000")).get().extracting(Division::name).isEqualTo("上海市");
		Division pudong = divisions.find("310115").orElseThrow();
		assertThat(pudong.name()).isEqualTo("浦东新区");
		assertThat(pudong.level()).isEqualTo(Division.Level.COUNTY);
		assertThat(pudong.parentCode()).isEqualTo("310100");
		assertThat(divisions.isCurrent("310115")).isTrue();
		assertThat(divisions.check("310115").valid()).isTrue();
		assertThat(divisions.check("310115").warnings()).isEmpty();
	}

	@Test
	void an_abolished_district_resolves_to_its_successor_with_a_warning() {
		Division luwan = divisions.find("310103").orElseThrow();
		assertThat(luwan.current()).isFalse();
		assertThat(divisions.current("310103")).get().extracting(Division::code).isEqualTo("310101");
		ValidationResult result = divisions.check("310103");
		assertThat(result.valid()).isTrue();
		assertThat(result.warnings()).extracting(Finding::messageKey).containsExactly("validation.divisionCode.historical");
		assertThat(result.warnings().get(0).args()).contains("卢湾区", "310101");
	}

	@Test
	void the_county_of_the_standards_old_example_still_resolves() {
		Division old = divisions.find("440524").orElseThrow();
		assertThat(old.current()).isFalse();
		Division now = divisions.current("440524").orElseThrow();
		assertThat(now.current()).isTrue();
		assertThat(now.code()).isEqualTo("440513");
		assertThat(now.name()).isEqualTo("潮阳区");
	}

	@Test
	void children_are_current_and_historical_ones_are_marked() {
		assertThat(divisions.children("310000")).extracting(Division::code).contains("310100");
		assertThat(divisions.children("310100")).extracting(Division::code).contains("310101", "310115", "310151");
		assertThat(divisions.children("310100").stream().filter(Division::current).count()).isEqualTo(16);
	}

	@Test
	void unknown_and_malformed_codes_are_errors() {
		assertThat(divisions.check("999999").errors()).containsExactly(Finding.of("validation.divisionCode.unknown", "999999"));
		assertThat(divisions.check("31011").errors()).extracting(Finding::messageKey)
			.containsExactly("validation.divisionCode.format");
		assertThat(divisions.check("31011a").errors()).extracting(Finding::messageKey)
			.containsExactly("validation.divisionCode.format");
		assertThat(divisions.check(null).errors()).extracting(Finding::messageKey)
			.containsExactly("validation.divisionCode.required");
	}

	@Test
	void the_data_is_dated_and_complete() {
		assertThat(divisions.dataDate()).isEqualTo("2022");
		assertThat(divisions.size()).isGreaterThan(3000);
	}

	@Test
	void shanghai_is_a_province_level_division_with_its_districts_under_310100() {
		Division shanghai = divisions.find("310000").orElseThrow();
		assertThat(shanghai.level()).isEqualTo(Division.Level.PROVINCE);
		assertThat(shanghai.parentCode()).isNull();
		assertThat(shanghai.current()).isTrue();
		assertThat(divisions.isCurrent("310000")).isTrue();
		assertThat(divisions.current("310000")).contains(shanghai);
		assertThat(divisions.find("310100")).get().extracting(Division::level).isEqualTo(Division.Level.PREFECTURE);
	}

	@Test
	void luwan_was_merged_into_huangpu_in_2011() {
		Division luwan = divisions.find("310103").orElseThrow();
		assertThat(luwan.name()).isEqualTo("卢湾区");
		assertThat(luwan.successorCode()).isEqualTo("310101");
		assertThat(luwan.validTo()).isEqualTo(LocalDate.of(2011, 6, 8));
		assertThat(divisions.isCurrent("310103")).isFalse();
		assertThat(divisions.current("310103")).get().extracting(Division::name).isEqualTo("黄浦区");
		ValidationResult result = divisions.check("310103");
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).containsExactly(
				Finding.of("validation.divisionCode.historical", "卢湾区", LocalDate.of(2011, 6, 8), "310101"));
	}

	@Test
	void chaoyang_county_became_a_city_and_then_a_district() {
		Division county = divisions.find("440524").orElseThrow();
		assertThat(county.name()).isEqualTo("潮阳县");
		assertThat(county.successorCode()).isEqualTo("440582");
		Division city = divisions.find("440582").orElseThrow();
		assertThat(city.name()).isEqualTo("潮阳市");
		assertThat(city.current()).isFalse();
		assertThat(city.successorCode()).isEqualTo("440513");
		assertThat(divisions.current("440582")).get().extracting(Division::code).isEqualTo("440513");
		assertThat(divisions.check("440524").warnings()).containsExactly(
				Finding.of("validation.divisionCode.historical", "潮阳县", LocalDate.of(1993, 4, 22), "440513"));
	}

	@Test
	void the_current_districts_of_shanghai_are_exactly_the_sixteen() {
		assertThat(divisions.children("310100").stream().filter(Division::current).map(Division::code)).containsExactly(
				"310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112", "310113", "310114",
				"310115", "310116", "310117", "310118", "310120", "310151");
		assertThat(divisions.children("310100").stream().filter(d -> !d.current()).map(Division::code))
			.containsExactly("310103", "310108", "310119");
	}

	@Test
	void the_children_of_shanghai_are_its_district_group_and_the_abolished_county_group() {
		assertThat(divisions.children("310000")).extracting(Division::code).containsExactly("310100", "310200");
		assertThat(divisions.children("310000")).filteredOn(Division::current).extracting(Division::code)
			.containsExactly("310100");
		assertThat(divisions.current("310200")).get().extracting(Division::code).isEqualTo("310100");
		assertThat(divisions.children("310115")).as("a county has no children").isEmpty();
		assertThat(divisions.children("999999")).isEmpty();
	}

	@Test
	void unknown_codes_are_not_found_anywhere() {
		assertThat(divisions.find("999999")).isEmpty();
		assertThat(divisions.find(null)).isEmpty();
		assertThat(divisions.isCurrent("999999")).isFalse();
		assertThat(divisions.current("999999")).isEmpty();
		assertThat(divisions.check("310199").errors()).containsExactly(Finding.of("validation.divisionCode.unknown", "310199"));
	}

	@Test
	void surrounding_spaces_are_ignored_but_other_formats_are_errors() {
		assertThat(divisions.find(" 310115 ")).get().extracting(Division::name).isEqualTo("浦东新区");
		assertThat(divisions.check(" 310115 ").errors()).isEmpty();
		assertThat(divisions.check(" 999999 ").errors()).containsExactly(Finding.of("validation.divisionCode.unknown", "999999"));
		for (String bad : new String[] { "3101150", "31 0115", "３１０１１５", "-31011" }) {
			assertThat(divisions.check(bad).errors()).as(bad).containsExactly(Finding.of("validation.divisionCode.format"));
		}
		assertThat(divisions.check("  ").errors()).containsExactly(Finding.of("validation.divisionCode.required"));
	}

	@Test
	void every_row_of_the_shipped_file_is_loaded_and_hangs_together() throws IOException {
		List<String[]> rows = shippedRows();
		assertThat(divisions.size()).isEqualTo(rows.size());
		for (String[] row : rows) {
			Division division = divisions.find(row[0]).orElseThrow();
			assertThat(division.name()).as(row[0]).isEqualTo(row[1]);
			if (division.parentCode() != null) {
				assertThat(divisions.find(division.parentCode())).as("parent of " + row[0]).isPresent();
			}
			assertThat(divisions.current(row[0])).as("current division for " + row[0]).isPresent();
		}
	}

	@Test
	void the_data_date_comes_from_the_file_name() {
		assertThat(DivisionCodes.load(DivisionCodes.STANDARD_RESOURCE).dataDate()).isEqualTo("2022");
		assertThat(divisions.size()).isBetween(3000, 4000);
		assertThatThrownBy(() -> DivisionCodes.load("divisions/none-1999.csv")).isInstanceOf(IllegalStateException.class);
	}

	private static List<String[]> shippedRows() throws IOException {
		try (InputStream in = DivisionCodesTests.class.getClassLoader().getResourceAsStream(DivisionCodes.STANDARD_RESOURCE)) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.skip(1)
				.toList();
			return lines.stream().map(l -> l.split(",", -1)).toList();
		}
	}
}
