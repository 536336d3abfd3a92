package org.govhall.shared.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
