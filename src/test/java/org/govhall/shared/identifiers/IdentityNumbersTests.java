package org.govhall.shared.identifiers;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void the_old_guangdong_example_keeps_its_abolished_county_code() {
		ValidationResult result = IdentityNumbers.check("440524188001010014", TODAY);
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		IdentityNumber parsed = IdentityNumbers.parse("440524188001010014", TODAY).orElseThrow();
		assertThat(parsed.divisionCode()).isEqualTo("440524");
		assertThat(parsed.value()).isEqualTo("440524188001010014");
	}

	@Test
	void a_lower_case_x_is_stored_in_upper_case() {
		IdentityNumber parsed = IdentityNumbers.parse("11010519491231002x", TODAY).orElseThrow();
		assertThat(parsed.value()).isEqualTo("11010519491231002X");
		assertThat(parsed.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void a_digit_typed_in_place_of_the_x_is_told_the_right_check_character() {
		ValidationResult result = IdentityNumbers.check("110105194912310020", TODAY);
		assertThat(result.errors()).containsExactly(Finding.of("validation.identityNumber.checkCharacter", "X"));
		assertThat(IdentityNumbers.check("440524188001010015", TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.checkCharacter", "4"));
	}

	@Test
	void a_single_swapped_digit_is_caught_by_the_check_character() {
		// 11010519491231002X with the sequence 002 typed as 020
		assertThat(IdentityNumbers.check("11010519491231020X", TODAY).valid()).isFalse();
	}

	@Test
	void the_length_error_carries_the_length_entered() {
		assertThat(IdentityNumbers.check("11010519491231002X1", TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.length", 19));
		assertThat(IdentityNumbers.check("110105491231002", TODAY).errors())
			.as("the old 15-digit numbers are not accepted")
			.containsExactly(Finding.of("validation.identityNumber.length", 15));
	}

	@Test
	void an_impossible_birth_date_is_quoted_as_entered() {
		assertThat(IdentityNumbers.check(withBirthDate("19491331"), TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.birthDate", "19491331"));
		assertThat(IdentityNumbers.check(withBirthDate("19490231"), TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.birthDate", "19490231"));
		assertThat(IdentityNumbers.check(withBirthDate("19490229"), TODAY).errors()).as("1949 is not a leap year")
			.containsExactly(Finding.of("validation.identityNumber.birthDate", "19490229"));
		assertThat(IdentityNumbers.check(withBirthDate("19490100"), TODAY).errors()).extracting(Finding::messageKey)
			.containsExactly("validation.identityNumber.birthDate");
	}

	@Test
	void a_birth_date_after_today_is_out_of_range_but_today_is_not() {
		assertThat(IdentityNumbers.check(withBirthDate("20261124"), TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.birthDateRange", LocalDate.of(2026, 11, 24)));
		assertThat(IdentityNumbers.check(withBirthDate("20261123"), TODAY).valid()).isTrue();
		assertThat(IdentityNumbers.check(withBirthDate("18500101"), TODAY).valid()).as("earliest allowed").isTrue();
		assertThat(IdentityNumbers.check(withBirthDate("20261124"), TODAY.plusDays(1)).valid()).isTrue();
	}

	@Test
	void letters_anywhere_but_an_x_at_the_end_are_character_errors() {
		for (String value : new String[] { "1101051949123100XX", "11010519491231002Y", "X10105194912310029",
				"11010519491231002-", "１１０１０５１９４９１２３１００２Ｘ" }) {
			assertThat(IdentityNumbers.check(value, TODAY).errors()).as(value)
				.containsExactly(Finding.of("validation.identityNumber.characters"));
		}
	}

	@Test
	void blank_values_are_required_errors() {
		assertThat(IdentityNumbers.check("   ", TODAY).errors())
			.containsExactly(Finding.of("validation.identityNumber.required"));
	}

	@Test
	void parse_answers_nothing_for_an_invalid_number() {
		assertThat(IdentityNumbers.parse("110105194912310029", TODAY)).isEmpty();
		assertThat(IdentityNumbers.parse(null, TODAY)).isEmpty();
		assertThat(IdentityNumbers.parse(withBirthDate("20300101"), TODAY)).isEmpty();
	}

	@Test
	void generate_lays_out_division_birth_date_and_sequence() {
		String number = IdentityNumbers.generate("310115", LocalDate.of(1990, 3, 7), 7);
		assertThat(number).hasSize(18).startsWith("31011519900307007");
		assertThat(IdentityNumbers.check(number, TODAY).errors()).isEmpty();
		IdentityNumber parsed = IdentityNumbers.parse(number, TODAY).orElseThrow();
		assertThat(parsed.divisionCode()).isEqualTo("310115");
		assertThat(parsed.gender()).isEqualTo(Gender.MALE);
		assertThat(IdentityNumbers.generate("110105", LocalDate.of(1949, 12, 31), 2)).isEqualTo("11010519491231002X");
	}

	@Test
	void generated_numbers_with_every_check_character_are_valid() {
		Set<Character> checkCharacters = new TreeSet<>();
		for (int sequence = 1; sequence <= 60; sequence++) {
			String number = IdentityNumbers.generate("440513", LocalDate.of(1985, 6, 15), sequence);
			assertThat(IdentityNumbers.check(number, TODAY).errors()).as(number).isEmpty();
			checkCharacters.add(number.charAt(17));
		}
		assertThat(checkCharacters).as("every check character occurs").hasSize(11).contains('X');
	}

	@Test
	void generate_refuses_a_bad_division_or_sequence() {
		LocalDate birth = LocalDate.of(1990, 1, 1);
		assertThatThrownBy(() -> IdentityNumbers.generate("31011", birth, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdentityNumbers.generate("31011a", birth, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdentityNumbers.generate("310115", birth, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> IdentityNumbers.generate("310115", birth, 1000))
			.isInstanceOf(IllegalArgumentException.class);
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
