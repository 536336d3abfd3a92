package org.govhall.shared.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and makes unified social credit codes (统一社会信用代码) by GB 32100-2015: 18 characters from
 * {@code 0-9A-Z} without I, O, Z, S, V; check character with weights 3^(i-1) mod 31. The organisation code in
 * positions 9–17 carries its own GB 11714 check, which older codes do not always satisfy: a failure there is a
 * warning, not an error.
 */
public final class CreditCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String AUTHORITIES = "123456789ANY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	public static ValidationResult check(String value) {
		if (value == null || value.isBlank()) {
			return ValidationResult.error("validation.creditCode.required");
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (code.length() != 18) {
			return ValidationResult.error("validation.creditCode.length", code.length());
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return ValidationResult.error("validation.creditCode.character", String.valueOf(code.charAt(i)), i + 1);
			}
		}
		if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
			return ValidationResult.error("validation.creditCode.authority", String.valueOf(code.charAt(0)));
		}
		if (!code.substring(2, 8).matches("\\d{6}")) {
			return ValidationResult.error("validation.creditCode.division", code.substring(2, 8));
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			return ValidationResult.error("validation.creditCode.checkCharacter", String.valueOf(expected));
		}
		char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
		if (code.charAt(16) != organisationCheck) {
			return new ValidationResult(List.of(), List.of(Finding.of("validation.creditCode.organisationCheck",
					code.substring(8, 17), String.valueOf(organisationCheck))));
		}
		return ValidationResult.ok();
	}

	public static Optional<CreditCode> parse(String value) {
		if (!check(value).valid()) {
			return Optional.empty();
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		return Optional.of(new CreditCode(code, code.charAt(0), code.charAt(1), code.substring(2, 8),
				code.substring(8, 17)));
	}

	/**
	 * Makes a code from its parts, computing both the GB 11714 check of the organisation code and the GB 32100
	 * check character.
	 */
	public static String generate(char authority, char organisationType, String divisionCode,
			String organisationCodeBody) {
		String body8 = organisationCodeBody.toUpperCase(Locale.ROOT);
		if (!divisionCode.matches("\\d{6}") || !body8.matches("[0-9A-Z]{8}")) {
			throw new IllegalArgumentException("a 6-digit division and an 8-character organisation code are needed");
		}
		String first17 = "" + authority + organisationType + divisionCode + body8 + organisationCheckCharacter(body8);
		for (char c : first17.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				throw new IllegalArgumentException("'" + c + "' cannot appear in a credit code");
			}
		}
		return first17 + checkCharacter(first17);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	static char organisationCheckCharacter(String body8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body8.charAt(i);
			int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += v * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}
}
