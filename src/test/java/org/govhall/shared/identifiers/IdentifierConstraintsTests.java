package org.govhall.shared.identifiers;

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
}
