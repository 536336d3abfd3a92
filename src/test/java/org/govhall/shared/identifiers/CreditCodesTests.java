package org.govhall.shared.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unified social credit codes (GB 32100) with the GB 11714 organisation-code check as a warning. */
class CreditCodesTests {

	@Test
	void the_standards_example_is_valid_and_parsed() {
		ValidationResult result = CreditCodes.check("91350100M000100Y43");
		assertThat(result.errors()).isEmpty();
		CreditCode code = CreditCodes.parse("91350100m000100y43").orElseThrow();
		assertThat(code.registeringAuthority()).isEqualTo('9');
		assertThat(code.organisationType()).isEqualTo('1');
		assertThat(code.divisionCode()).isEqualTo("350100");
		assertThat(code.organisationCode()).isEqualTo("M000100Y4");
	}

	@Test
	void a_wrong_check_character_names_the_right_one() {
		ValidationResult result = CreditCodes.check("91350100M000100Y4Y");
		assertThat(result.valid()).isFalse();
		assertThat(result.errors()).containsExactly(Finding.of("validation.creditCode.checkCharacter", "3"));
	}

	@Test
	void letters_the_standard_never_uses_are_reported_with_their_position() {
		for (char forbidden : "IOZSV".toCharArray()) {
			ValidationResult result = CreditCodes.check("91350100M000100Y4" + forbidden);
			assertThat(result.errors()).containsExactly(
					Finding.of("validation.creditCode.character", String.valueOf(forbidden), 18));
		}
	}

	@Test
	void length_authority_division_and_blank_are_errors() {
		assertThat(firstError("91350100M000100Y4")).isEqualTo("validation.creditCode.length");
		String badAuthority = "B1350100M000100Y4";
		assertThat(firstError(badAuthority + CreditCodes.checkCharacter(badAuthority)))
			.isEqualTo("validation.creditCode.authority");
		String badDivision = "9135A100M000100Y4";
		assertThat(firstError(badDivision + CreditCodes.checkCharacter(badDivision)))
			.isEqualTo("validation.creditCode.division");
		assertThat(firstError(" ")).isEqualTo("validation.creditCode.required");
	}

	@Test
	void a_wrong_inner_organisation_check_is_a_warning_not_an_error() {
		String body8 = "MA1FP4HT";
		char right = CreditCodes.organisationCheckCharacter(body8);
		char wrong = right == '1' ? '2' : '1';
		String first17 = "91310115" + body8 + wrong;
		ValidationResult result = CreditCodes.check(first17 + CreditCodes.checkCharacter(first17));
		assertThat(result.valid()).isTrue();
		assertThat(result.warnings()).containsExactly(
				Finding.of("validation.creditCode.organisationCheck", body8 + wrong, String.valueOf(right)));
	}

	@Test
	void generated_codes_are_valid_without_warnings() {
		for (int n = 0; n < 500; n += 7) {
			String code = CreditCodes.generate('1', '1', "310000", String.format("%08d", 11_550_000 + n));
			ValidationResult result = CreditCodes.check(code);
			assertThat(result.errors()).as(code).isEmpty();
			assertThat(result.warnings()).as(code).isEmpty();
		}
	}

	@Test
	void the_standards_example_has_no_warning_either() {
		ValidationResult result = CreditCodes.check("91350100M000100Y43");
		assertThat(result.valid()).isTrue();
		assertThat(result.warnings()).isEmpty();
		assertThat(CreditCodes.check(" 91350100m000100y43 ").valid()).as("lower case and spaces").isTrue();
	}

	@Test
	void any_wrong_last_character_names_the_expected_3() {
		for (char last : "0124ABXY".toCharArray()) {
			assertThat(CreditCodes.check("91350100M000100Y4" + last).errors()).as(String.valueOf(last))
				.containsExactly(Finding.of("validation.creditCode.checkCharacter", "3"));
		}
	}

	@Test
	void a_mistyped_character_in_the_body_is_caught() {
		assertThat(CreditCodes.check("91350100M000101Y43").errors()).extracting(Finding::messageKey)
			.containsExactly("validation.creditCode.checkCharacter");
		assertThat(CreditCodes.check("91351000M000100Y43").errors()).as("two digits swapped")
			.extracting(Finding::messageKey).containsExactly("validation.creditCode.checkCharacter");
	}

	@Test
	void a_forbidden_letter_inside_the_code_is_reported_at_its_position() {
		assertThat(CreditCodes.check("91350100I000100Y43").errors())
			.containsExactly(Finding.of("validation.creditCode.character", "I", 9));
		assertThat(CreditCodes.check("91350100M000100o43").errors()).as("lower-case o")
			.containsExactly(Finding.of("validation.creditCode.character", "O", 16));
		assertThat(CreditCodes.check("S1350100M000100Y43").errors())
			.containsExactly(Finding.of("validation.creditCode.character", "S", 1));
		assertThat(CreditCodes.check("91350100M0-0100Y43").errors())
			.containsExactly(Finding.of("validation.creditCode.character", "-", 11));
	}

	@Test
	void the_length_error_carries_the_length_entered() {
		assertThat(CreditCodes.check("91350100M000100Y4").errors())
			.containsExactly(Finding.of("validation.creditCode.length", 17));
		assertThat(CreditCodes.check("91350100M000100Y433").errors())
			.containsExactly(Finding.of("validation.creditCode.length", 19));
		assertThat(CreditCodes.check(null).errors()).containsExactly(Finding.of("validation.creditCode.required"));
	}

	@Test
	void an_unknown_registration_authority_is_named() {
		for (char authority : "0BCX".toCharArray()) {
			String first17 = authority + "1350100M000100Y4";
			assertThat(CreditCodes.check(first17 + CreditCodes.checkCharacter(first17)).errors())
				.containsExactly(Finding.of("validation.creditCode.authority", String.valueOf(authority)));
		}
		for (char authority : "123456789ANY".toCharArray()) {
			String first17 = authority + "1350100M000100Y4";
			assertThat(CreditCodes.check(first17 + CreditCodes.checkCharacter(first17)).errors()).as("authority " + authority)
				.isEmpty();
		}
	}

	@Test
	void a_division_with_a_letter_is_quoted() {
		String first17 = "9135A100M000100Y4";
		assertThat(CreditCodes.check(first17 + CreditCodes.checkCharacter(first17)).errors())
			.containsExactly(Finding.of("validation.creditCode.division", "35A100"));
	}

	@Test
	void a_wrong_check_character_is_an_error_even_when_the_organisation_check_also_fails() {
		ValidationResult result = CreditCodes.check("91350100M000100Y53");
		assertThat(result.errors()).extracting(Finding::messageKey).containsExactly("validation.creditCode.checkCharacter");
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void a_code_with_only_the_organisation_warning_can_still_be_parsed() {
		String first17 = "91350100M000100Y5"; // GB 11714 wants 4 after M000100Y
		String code = first17 + CreditCodes.checkCharacter(first17);
		ValidationResult result = CreditCodes.check(code);
		assertThat(result.errors()).isEmpty();
		assertThat(result.warnings())
			.containsExactly(Finding.of("validation.creditCode.organisationCheck", "M000100Y5", "4"));
		assertThat(CreditCodes.parse(code)).get().extracting(CreditCode::organisationCode).isEqualTo("M000100Y5");
	}

	@Test
	void parse_answers_nothing_for_an_invalid_code() {
		assertThat(CreditCodes.parse("91350100M000100Y4Z")).isEmpty();
		assertThat(CreditCodes.parse("")).isEmpty();
	}

	@Test
	void generate_computes_both_check_characters_including_x_and_0() {
		// GB 11714 gives X for 12345618 and 0 for 12345604
		assertThat(CreditCodes.generate('9', '1', "310115", "12345618")).startsWith("9131011512345618X");
		assertThat(CreditCodes.generate('9', '1', "310115", "12345604")).startsWith("91310115123456040");
		assertThat(CreditCodes.generate('9', '1', "350100", "m000100y")).isEqualTo("91350100M000100Y43");
		for (String body : new String[] { "12345618", "12345604", "MA1FP4HT", "08456789" }) {
			String code = CreditCodes.generate('5', '2', "440513", body);
			ValidationResult result = CreditCodes.check(code);
			assertThat(result.errors()).as(code).isEmpty();
			assertThat(result.warnings()).as(code).isEmpty();
		}
	}

	@Test
	void generate_refuses_letters_the_standard_never_uses_and_bad_parts() {
		assertThatThrownBy(() -> CreditCodes.generate('9', '1', "310115", "MA1FP4HI"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'I'");
		assertThatThrownBy(() -> CreditCodes.generate('9', '1', "31011", "12345618"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CreditCodes.generate('9', '1', "310115", "1234561"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static String firstError(String value) {
		ValidationResult result = CreditCodes.check(value);
		return result.errors().isEmpty() ? null : result.errors().get(0).messageKey();
	}
}
