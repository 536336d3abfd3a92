package org.govhall.shared.identifiers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/** The identifier annotations report the first error of the check, with its arguments, in either language. */
class IdentifierConstraintsTests {

	record Applicant(@ValidIdentityNumber String identityNumber, @ValidCreditCode String creditCode,
			@ValidDivisionCode String divisionCode) {
	}

	private static ValidatorFactory plain;

	@BeforeAll
	static void open() {
		plain = Validation.buildDefaultValidatorFactory();
	}

	@AfterAll
	static void close() {
		plain.close();
	}

	@Test
	void each_violation_carries_the_findings_message_key() {
		Set<ConstraintViolation<Applicant>> violations = plain.getValidator()
			.validate(new Applicant("110105194912310029", "91350100M000100Y4Y", "999999"));
		assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
				"{validation.identityNumber.checkCharacter}", "{validation.creditCode.checkCharacter}",
				"{validation.divisionCode.unknown}");
	}

	@Test
	void valid_blank_and_historical_values_pass() {
		Validator validator = plain.getValidator();
		assertThat(validator.validate(new Applicant("11010519491231002X", "91350100M000100Y43", "310115"))).isEmpty();
		assertThat(validator.validate(new Applicant(null, "", " "))).as("left to @NotBlank").isEmpty();
		assertThat(validator.validate(new Applicant(null, null, "310103"))).as("a warning only").isEmpty();
	}

	@Test
	void the_message_is_resolved_with_its_arguments_in_chinese_and_english() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.setValidationMessageSource(messages);
			validator.afterPropertiesSet();
			Applicant applicant = new Applicant("1101051949123100", null, null);
			Locale before = Locale.getDefault();
			try {
				Locale.setDefault(Locale.ENGLISH);
				assertThat(validator.validate(applicant)).extracting(ConstraintViolation::getMessage)
					.containsExactly("A resident identity card number has 18 characters; you entered 16.");
				Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
				assertThat(validator.validate(applicant)).extracting(ConstraintViolation::getMessage)
					.containsExactly("居民身份证号码应为 18 位，您填写了 16 位。");
			}
			finally {
				Locale.setDefault(before);
			}
		}
	}

	@Test
	void each_kind_of_fault_has_its_own_template() {
		assertThat(templates(new Applicant("1101051949123100", null, null)))
			.containsExactly("{validation.identityNumber.length}");
		assertThat(templates(new Applicant("11010519491231A02X", null, null)))
			.containsExactly("{validation.identityNumber.characters}");
		assertThat(templates(new Applicant("110105194913310025", null, null)))
			.containsExactly("{validation.identityNumber.birthDate}");
		assertThat(templates(new Applicant(null, "91350100M000100Y4I", null)))
			.containsExactly("{validation.creditCode.character}");
		assertThat(templates(new Applicant(null, "91350100M000100Y4", null)))
			.containsExactly("{validation.creditCode.length}");
		assertThat(templates(new Applicant(null, null, "31011a"))).containsExactly("{validation.divisionCode.format}");
	}

	@Test
	void a_birth_date_in_the_future_is_refused_by_the_annotation() {
		String first17 = "110105" + "20991231" + "002";
		String number = first17 + IdentityNumbers.checkCharacter(first17);
		assertThat(templates(new Applicant(number, null, null))).containsExactly("{validation.identityNumber.birthDateRange}");
	}

	@Test
	void the_violation_is_reported_on_the_annotated_property_with_the_rejected_value() {
		Set<ConstraintViolation<Applicant>> violations = plain.getValidator()
			.validate(new Applicant(null, "91350100M000100Y4Y", null));
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.getPropertyPath()).hasToString("creditCode");
			assertThat(v.getInvalidValue()).isEqualTo("91350100M000100Y4Y");
			assertThat(v.getMessageTemplate()).isEqualTo("{validation.creditCode.checkCharacter}");
		});
	}

	@Test
	void empty_and_blank_values_are_left_to_not_blank() {
		assertThat(plain.getValidator().validate(new Applicant("", "  ", ""))).isEmpty();
		assertThat(plain.getValidator().validate(new Applicant(" ", null, null))).isEmpty();
	}

	@Test
	void a_warning_only_credit_code_is_accepted() {
		String first17 = "91350100M000100Y5";
		assertThat(plain.getValidator().validate(new Applicant(null, first17 + CreditCodes.checkCharacter(first17), null)))
			.isEmpty();
	}

	@Test
	void a_user_typed_brace_or_dollar_is_shown_as_typed_and_not_interpreted() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.setValidationMessageSource(messages);
			validator.afterPropertiesSet();
			Locale before = Locale.getDefault();
			try {
				Locale.setDefault(Locale.ENGLISH);
				for (String typed : new String[] { "{", "$", "}" }) {
					assertThat(validator.validate(new Applicant(null, "91350100M000100Y4" + typed, null)))
						.extracting(ConstraintViolation::getMessage)
						.containsExactly("Character \"" + typed + "\" at position 18 cannot appear in a unified social credit "
								+ "code (I, O, Z, S and V are never used).");
				}
			}
			finally {
				Locale.setDefault(before);
			}
		}
	}

	private static List<String> templates(Applicant applicant) {
		return plain.getValidator().validate(applicant).stream().map(ConstraintViolation::getMessageTemplate).toList();
	}
}
