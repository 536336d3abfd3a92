package org.govhall.shared.identifiers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizen identity numbers (GB 11643): the standard's own examples and the mistakes people make. */
class IdentityNumbersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void the_standards_examples_are_valid_and_parsed() {
		assertThat(IdentityNumbers.check("11010519491231002X", TODAY).valid()).isTrue();
		IdentityNumber woman = IdentityNumbers.parse("11010519491231002X", TODAY).orElseThrow();
		assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(woman.gender()).isEqualTo(Gender.FEMALE);
		assertThat(woman.divisionCode()).isEqualTo("110105");

		IdentityNumber man = IdentityNumbers.parse("440524188001010014", TODAY).orElseThrow();
		assertThat(man.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
		assertThat(man.gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void a_lower_case_x_and_surrounding_spaces_are_accepted() {
		assertThat(IdentityNumbers.check(" 11010519491231002x ", TODAY).valid()).isTrue();
	}

	@Test
	void a_wrong_check_character_names_the_right_one() {
		ValidationResult result = IdentityNumbers.check("110105194912310029", TODAY);
		assertThat(result.valid()).isFalse();
		assertThat(result.errors()).containsExactly(Finding.of("validation.identityNumber.checkCharacter", "X"));
	}

	@Test
	void a_short_number_reports_its_length() {
		assertThat(IdentityNumbers.check("1101051949123100", TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.length", 16));
	}

	@Test
	void impossible_dates_are_errors() {
		assertThat(firstError(withBirthDate("19491331"))).isEqualTo("validation.identityNumber.birthDate");
		assertThat(firstError(withBirthDate("19490231"))).isEqualTo("validation.identityNumber.birthDate");
		assertThat(firstError(withBirthDate("20270101"))).isEqualTo("validation.identityNumber.birthDateRange");
		assertThat(firstError(withBirthDate("18491231"))).isEqualTo("validation.identityNumber.birthDateRange");
		assertThat(firstError(withBirthDate("20000229"))).as("a leap day is fine").isNull();
	}

	@Test
	void letters_and_missing_values_are_errors() {
		assertThat(firstError("11010519491231A02X")).isEqualTo("validation.identityNumber.characters");
		assertThat(firstError("")).isEqualTo("validation.identityNumber.required");
		assertThat(firstError(null)).isEqualTo("validation.identityNumber.required");
	}

	@Test
	void generated_numbers_are_valid_and_carry_what_they_were_made_from() {
		for (int sequence = 1; sequence <= 999; sequence += 37) {
			LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(sequence * 20L);
			String number = IdentityNumbers.generate("310115", birth, sequence);
			IdentityNumber parsed = IdentityNumbers.parse(number, TODAY).orElseThrow();
			assertThat(parsed.birthDate()).isEqualTo(birth);
			assertThat(parsed.gender()).isEqualTo(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE);
		}
	}

	/** The number 110105…, born on {@code yyyymmdd}, with a correct check character. */
	private static String withBirthDate(String yyyymmdd) {
		String first17 = "110105" + yyyymmdd + "002";
		return first17 + IdentityNumbers.checkCharacter(first17);
	}

	private static String firstError(String value) {
		ValidationResult result = IdentityNumbers.check(value, TODAY);
		return result.errors().isEmpty() ? null : result.errors().get(0).messageKey();
	}
}
