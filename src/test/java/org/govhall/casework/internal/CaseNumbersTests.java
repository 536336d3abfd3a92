package org.govhall.casework.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Case numbers: division, day, sequence and an ISO 7064 MOD 11-2 check that catches typing mistakes. */
class CaseNumbersTests {

	@Test
	void the_check_character_is_the_one_identity_numbers_use() {
		// GB 11643's example 11010519491231002X: the same MOD 11-2 over its first 17 digits gives X
		String number = CaseNumbers.format("310000", LocalDate.of(2026, 12, 7), 17);
		assertThat(number).hasSize(21).startsWith("31000020261207000017");
		assertThat(CaseNumbers.wellFormed(number)).isTrue();
		assertThat(CaseNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
	}

	@Test
	void every_single_wrong_digit_and_every_swap_of_neighbours_is_caught() {
		String number = CaseNumbers.format("310104", LocalDate.of(2026, 2, 28), 4711);
		for (int i = 0; i < 20; i++) {
			for (char d = '0'; d <= '9'; d++) {
				if (d != number.charAt(i)) {
					String typo = number.substring(0, i) + d + number.substring(i + 1);
					assertThat(CaseNumbers.wellFormed(typo)).as(typo).isFalse();
				}
			}
			if (i < 19 && number.charAt(i) != number.charAt(i + 1)) {
				String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
				assertThat(CaseNumbers.wellFormed(swapped)).as(swapped).isFalse();
			}
		}
	}

	@Test
	void a_day_holds_at_most_999999_cases_per_division() {
		assertThatIllegalArgumentException().isThrownBy(() -> CaseNumbers.format("310000", LocalDate.now(), 1_000_000));
		assertThatIllegalArgumentException().isThrownBy(() -> CaseNumbers.format("310000", LocalDate.now(), 0));
	}
}
