package org.govhall.shared.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks and makes citizen identity numbers (公民身份号码) by GB 11643-1999: 6-digit address code, birth date
 * {@code YYYYMMDD}, 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character. An address code
 * missing from today's division list is not an error: abolished counties stay valid on old cards.
 */
public final class IdentityNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

	private IdentityNumbers() {
	}

	public static ValidationResult check(String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return ValidationResult.error("validation.identityNumber.required");
		}
		String id = normalise(value);
		if (id.length() != 18) {
			return ValidationResult.error("validation.identityNumber.length", id.length());
		}
		if (!id.matches("\\d{17}[\\dX]")) {
			return ValidationResult.error("validation.identityNumber.characters");
		}
		Optional<LocalDate> birth = birthDate(id);
		if (birth.isEmpty()) {
			return ValidationResult.error("validation.identityNumber.birthDate", id.substring(6, 14));
		}
		if (birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
			return ValidationResult.error("validation.identityNumber.birthDateRange", birth.get());
		}
		char expected = checkCharacter(id.substring(0, 17));
		if (id.charAt(17) != expected) {
			return ValidationResult.error("validation.identityNumber.checkCharacter", String.valueOf(expected));
		}
		return ValidationResult.ok();
	}

	public static Optional<IdentityNumber> parse(String value, LocalDate today) {
		if (!check(value, today).valid()) {
			return Optional.empty();
		}
		String id = normalise(value);
		int sequence = Integer.parseInt(id.substring(14, 17));
		return Optional.of(new IdentityNumber(id, id.substring(0, 6), birthDate(id).orElseThrow(),
				sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE));
	}

	/** Makes the identity number for a division, birth date and sequence (1–999), check character included. */
	public static String generate(String divisionCode, LocalDate birthDate, int sequence) {
		if (!divisionCode.matches("\\d{6}") || sequence < 1 || sequence > 999) {
			throw new IllegalArgumentException("division code of 6 digits and sequence 1..999 required");
		}
		String body = divisionCode + String.format(Locale.ROOT, "%04d%02d%02d%03d", birthDate.getYear(),
				birthDate.getMonthValue(), birthDate.getDayOfMonth(), sequence);
		return body + checkCharacter(body);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static String normalise(String value) {
		return value.strip().toUpperCase(Locale.ROOT);
	}

	private static Optional<LocalDate> birthDate(String id) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
