package org.govhall.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.forms.FieldType;

/**
 * An item's application form (申请表), part of its catalogue entry and of each version: fields bound to the hall's
 * data elements (asked once when a bundle merges its items' forms, prefilled from shared data where it holds them)
 * or the item's own, and rules that relate fields to each other. Who applies (name and identity number, or the
 * company's name and credit code) is known from the sign-in and is not part of the form.
 *
 * @param fields the fields in the order the applicant sees them
 * @param rules rules across fields
 */
public record ApplicationForm(@Size(max = 80) List<@Valid @NotNull Field> fields,
		@Size(max = 40) List<@Valid @NotNull Rule> rules) {

	public ApplicationForm {
		fields = fields == null ? List.of() : List.copyOf(fields);
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	/** A form with nothing to fill in beyond who applies. */
	public static ApplicationForm empty() {
		return new ApplicationForm(List.of(), List.of());
	}

	/** The fields by name. */
	@JsonIgnore
	public Map<String, Field> byName() {
		return fields.stream().collect(Collectors.toMap(Field::name, Function.identity(), (a, b) -> a));
	}

	@JsonIgnore
	@AssertTrue(message = "{catalog.form.fieldTwice}")
	public boolean isEachNameOnce() {
		Set<String> seen = new HashSet<>();
		return fields.stream().allMatch(f -> f == null || f.name() == null || seen.add(f.name()));
	}

	@JsonIgnore
	@AssertTrue(message = "{catalog.form.ruleFields}")
	public boolean isEachRuleAboutFieldsOfTheForm() {
		Map<String, Field> named = byName();
		return rules.stream().allMatch(r -> r == null || r.fitsFields(named));
	}

	/**
	 * One field (字段).
	 *
	 * @param name the field's key in the application, e.g. {@code registeredCapital}
	 * @param element the data element it holds, if any: then its type, length and rule come from the element
	 * @param label what the applicant reads; empty: the element's name
	 * @param type the type of an item's own field (ignored when an element is named)
	 * @param required whether it must be filled in
	 * @param options the choices of a {@code CHOICE} field
	 * @param maxLength the longest value of an item's own text field (none: 200, or 2000 for long text)
	 * @param hint a line of help under the field
	 */
	public record Field(@NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9]{0,39}") String name, DataElement element,
			@Size(max = 100) String label, FieldType type, boolean required, List<@NotBlank @Size(max = 50) String> options,
			@Min(0) @Max(5000) Integer maxLength, @Size(max = 300) String hint) {

		public static final int DEFAULT_MAX_LENGTH = 200;

		public Field {
			options = options == null ? List.of() : List.copyOf(options);
		}

		/** The field's type: its element's, or its own. */
		public FieldType effectiveType() {
			return element != null ? element.type() : type;
		}

		/** The longest value the field takes. */
		public int effectiveMaxLength() {
			if (element != null) {
				return element.maxLength();
			}
			return maxLength != null && maxLength > 0 ? maxLength
					: effectiveType() == FieldType.LONG_TEXT ? 2000 : DEFAULT_MAX_LENGTH;
		}

		@JsonIgnore
		@AssertTrue(message = "{catalog.form.ownFieldIncomplete}")
		public boolean isOwnFieldLabelledAndTyped() {
			return element != null || (label != null && !label.isBlank() && type != null);
		}

		@JsonIgnore
		@AssertTrue(message = "{catalog.form.choiceWithoutOptions}")
		public boolean isChoiceGivenItsOptions() {
			return effectiveType() != FieldType.CHOICE || !options.isEmpty() || element != null;
		}
	}

	/**
	 * A rule across fields (校验规则).
	 *
	 * @param kind what the rule says
	 * @param field the field the rule constrains
	 * @param other the field it is compared with or depends on
	 * @param value for {@code REQUIRED_IF}: the value of {@code other} that makes {@code field} required
	 */
	public record Rule(@NotNull Kind kind, @NotBlank String field, @NotBlank String other, @Size(max = 100) String value) {

		/** The kinds of rule. */
		public enum Kind {
			/** {@code field} must be filled in when {@code other} has {@code value} */
			REQUIRED_IF,
			/** the date in {@code field} may not lie before the date in {@code other} */
			NOT_BEFORE,
			/** the number in {@code field} may not be larger than the number in {@code other} */
			NOT_MORE_THAN
		}

		boolean fitsFields(Map<String, Field> named) {
			Field constrained = named.get(field);
			Field compared = named.get(other);
			if (constrained == null || compared == null || field.equals(other)) {
				return false;
			}
			return switch (kind) {
				case REQUIRED_IF -> value != null && !value.isBlank();
				case NOT_BEFORE -> constrained.effectiveType() == FieldType.DATE && compared.effectiveType() == FieldType.DATE;
				case NOT_MORE_THAN -> constrained.effectiveType() == FieldType.NUMBER
						&& compared.effectiveType() == FieldType.NUMBER;
			};
		}
	}
}
