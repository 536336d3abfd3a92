package org.govhall.exchange;

import org.govhall.exchange.internal.Masking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a consumer sees of a masked value: enough to recognise it, not enough to use it elsewhere. */
class MaskingTests {

	@Test
	void an_identity_number_keeps_its_division_and_last_four_characters() {
		assertThat(Masking.mask("id_number", "11010519491231002X")).isEqualTo("110105********002X");
		assertThat(Masking.mask("legal_representative_id", "440524188001010014")).isEqualTo("440524********0014");
	}

	@Test
	void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
		assertThat(Masking.mask("mobile", "13800000001")).isEqualTo("138****0001");
	}

	@Test
	void a_name_keeps_only_the_surname_character() {
		assertThat(Masking.mask("name", "王小明")).isEqualTo("王**");
		assertThat(Masking.mask("legal_representative", "李雷")).isEqualTo("李*");
	}

	@Test
	void other_text_keeps_its_first_third() {
		assertThat(Masking.mask("household_address", "上海市浦东新区世纪大道100号")).isEqualTo("上海市浦东**********");
		assertThat(Masking.mask("ethnicity", "汉族")).isEqualTo("汉*");
	}

	@Test
	void values_too_short_to_keep_anything_are_masked_whole_and_empty_values_stay_empty() {
		assertThat(Masking.mask("mobile", "12345")).isEqualTo("*****");
		assertThat(Masking.mask("name", "王")).isEqualTo("*");
		assertThat(Masking.mask("name", "")).isEmpty();
		assertThat(Masking.mask("name", null)).isNull();
	}
}
