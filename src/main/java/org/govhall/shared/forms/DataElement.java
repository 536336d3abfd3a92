package org.govhall.shared.forms;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.identifiers.ValidationResult;

/**
 * The dictionary of data elements (数据元) that application forms bind their fields to, one for the whole hall: the
 * same element means the same thing in every item's form, is checked by the same rule, can be prefilled from the
 * same shared data, and is asked once when a bundle merges its items' forms (一表制).
 */
public enum DataElement {

	PERSON_NAME(FieldType.TEXT, 50),
	IDENTITY_NUMBER(FieldType.TEXT, 18),
	GENDER(FieldType.CHOICE, 10),
	BIRTH_DATE(FieldType.DATE, 10),
	MOBILE(FieldType.TEXT, 11),
	EMAIL(FieldType.TEXT, 100),
	HOUSEHOLD_ADDRESS(FieldType.TEXT, 200),
	RESIDENTIAL_ADDRESS(FieldType.TEXT, 200),
	MARITAL_STATUS(FieldType.CHOICE, 10),
	COMPANY_NAME(FieldType.TEXT, 100),
	CREDIT_CODE(FieldType.TEXT, 18),
	COMPANY_TYPE(FieldType.TEXT, 50),
	LEGAL_REPRESENTATIVE(FieldType.TEXT, 50),
	LEGAL_REPRESENTATIVE_ID(FieldType.TEXT, 18),
	REGISTERED_CAPITAL(FieldType.NUMBER, 20),
	ESTABLISHED_ON(FieldType.DATE, 10),
	REGISTERED_ADDRESS(FieldType.TEXT, 200),
	ADDRESS_CODE(FieldType.TEXT, 40),
	DIVISION_CODE(FieldType.TEXT, 6),
	BUSINESS_SCOPE(FieldType.LONG_TEXT, 2000),
	EMPLOYEES(FieldType.NUMBER, 10),
	POSTAL_CODE(FieldType.TEXT, 6),
	CONTACT_PERSON(FieldType.TEXT, 50),
	CONTACT_PHONE(FieldType.TEXT, 20);

	private static final Pattern MOBILE_NUMBER = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern PHONE = Pattern.compile("[0-9+() -]{7,20}");

	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

	private final FieldType type;

	private final int maxLength;

	DataElement(FieldType type, int maxLength) {
		this.type = type;
		this.maxLength = maxLength;
	}

	public FieldType type() {
		return type;
	}

	public int maxLength() {
		return maxLength;
	}

	/** Message key of the element's name ("姓名"), the default label of a field bound to it. */
	public String labelKey() {
		return "element." + name();
	}

	/**
	 * The element's own rule, beyond its type and length: the GB 11643 and GB 32100 checks, division codes,
	 * mobile numbers and so on. A blank value is not checked here (whether it is required is the form's rule).
	 */
	public ValidationResult check(String value, LocalDate today) {
		if (value == null || value.isBlank()) {
			return ValidationResult.ok();
		}
		String v = value.strip();
		return switch (this) {
			case IDENTITY_NUMBER, LEGAL_REPRESENTATIVE_ID -> IdentityNumbers.check(v, today);
			case CREDIT_CODE -> CreditCodes.check(v);
			case DIVISION_CODE -> DivisionCodes.standard().find(v).isPresent() ? ValidationResult.ok()
					: ValidationResult.error("validation.form.division", v);
			case MOBILE -> MOBILE_NUMBER.matcher(v).matches() ? ValidationResult.ok()
					: ValidationResult.error("validation.form.mobile");
			case EMAIL -> MAIL.matcher(v).matches() ? ValidationResult.ok() : ValidationResult.error("validation.form.email");
			case CONTACT_PHONE -> PHONE.matcher(v).matches() ? ValidationResult.ok()
					: ValidationResult.error("validation.form.phone");
			case POSTAL_CODE -> SIX_DIGITS.matcher(v).matches() ? ValidationResult.ok()
					: ValidationResult.error("validation.form.postalCode");
			case BIRTH_DATE, ESTABLISHED_ON -> FieldValues.date(v).filter(d -> !d.isAfter(today)).isPresent()
					? ValidationResult.ok() : ValidationResult.error("validation.form.pastDate");
			case REGISTERED_CAPITAL, EMPLOYEES -> FieldValues.number(v).filter(n -> n.signum() >= 0).isPresent()
					? ValidationResult.ok() : ValidationResult.error("validation.form.notNegative");
			default -> ValidationResult.ok();
		};
	}
}
