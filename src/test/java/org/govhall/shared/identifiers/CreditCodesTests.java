package org.govhall.shared.identifiers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static String firstError(String value) {
		ValidationResult result = CreditCodes.check(value);
		return result.errors().isEmpty() ? null : result.errors().get(0).messageKey();
	}
}
