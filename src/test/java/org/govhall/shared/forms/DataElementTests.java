package org.govhall.shared.forms;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form's fields bound to one element are checked by that element's one rule. */
class DataElementTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void an_identity_number_is_checked_by_gb_11643_wherever_it_is_asked() {
		assertThat(DataElement.IDENTITY_NUMBER.check("11010519491231002X", TODAY).valid()).isTrue();
		assertThat(DataElement.IDENTITY_NUMBER.check("110105194912310029", TODAY).valid()).isFalse();
		assertThat(DataElement.LEGAL_REPRESENTATIVE_ID.check("110105194912310029", TODAY).valid()).isFalse();
	}

	@Test
	void a_credit_code_is_checked_by_gb_32100() {
		assertThat(DataElement.CREDIT_CODE.check("91350100M000100Y43", TODAY).valid()).isTrue();
		assertThat(DataElement.CREDIT_CODE.check("91350100M000100Y4Z", TODAY).valid()).isFalse();
	}

	@Test
	void contact_details_and_codes_follow_their_forms() {
		assertThat(DataElement.MOBILE.check("13800000001", TODAY).valid()).isTrue();
		assertThat(DataElement.MOBILE.check("12800000001", TODAY).valid()).isFalse();
		assertThat(DataElement.POSTAL_CODE.check("20003", TODAY).errors().get(0).messageKey())
			.isEqualTo("validation.form.postalCode");
		assertThat(DataElement.DIVISION_CODE.check("310115", TODAY).valid()).isTrue();
		assertThat(DataElement.DIVISION_CODE.check("319999", TODAY).valid()).isFalse();
		assertThat(DataElement.EMAIL.check("zhang@example.gov.cn", TODAY).valid()).isTrue();
		assertThat(DataElement.EMAIL.check("zhang@", TODAY).valid()).isFalse();
	}

	@Test
	void a_day_of_establishment_cannot_lie_ahead_and_capital_cannot_be_negative() {
		assertThat(DataElement.ESTABLISHED_ON.check("2026-12-07", TODAY).valid()).isTrue();
		assertThat(DataElement.ESTABLISHED_ON.check("2026-12-08", TODAY).valid()).isFalse();
		assertThat(DataElement.REGISTERED_CAPITAL.check("-1", TODAY).valid()).isFalse();
		assertThat(DataElement.REGISTERED_CAPITAL.check("50.5", TODAY).valid()).isTrue();
	}

	@Test
	void a_blank_value_is_left_to_the_forms_own_rule_of_what_is_required() {
		assertThat(DataElement.IDENTITY_NUMBER.check(" ", TODAY).valid()).isTrue();
		assertThat(FieldValues.check(FieldType.DATE, "", List.of(), 10).valid()).isTrue();
	}

	@Test
	void typed_values_are_read_by_their_field_type() {
		assertThat(FieldValues.check(FieldType.DATE, "2026-02-30", List.of(), 10).errors().get(0).messageKey())
			.isEqualTo("validation.form.date");
		assertThat(FieldValues.check(FieldType.NUMBER, "五十", List.of(), 10).valid()).isFalse();
		assertThat(FieldValues.check(FieldType.CHOICE, "有限责任公司", List.of("有限责任公司", "股份有限公司"), 20).valid())
			.isTrue();
		assertThat(FieldValues.check(FieldType.CHOICE, "合伙企业", List.of("有限责任公司"), 20).valid()).isFalse();
		assertThat(FieldValues.check(FieldType.TEXT, "一".repeat(51), List.of(), 50).errors().get(0).args())
			.containsExactly(50);
		assertThat(FieldValues.check(FieldType.BOOLEAN, "yes", List.of(), 5).valid()).isFalse();
	}
}
