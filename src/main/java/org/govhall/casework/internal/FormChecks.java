package org.govhall.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govhall.casework.MaterialRequirement;
import org.govhall.casework.Precheck;
import org.govhall.shared.forms.FieldType;
import org.govhall.shared.forms.FieldValues;
import org.govhall.shared.identifiers.Finding;
import org.govhall.shared.identifiers.ValidationResult;

/**
 * The pre-check (网上预审) of answers against a merged form: required entries, the type and length of each, the
 * data element's own rule (identity number, credit code, mobile …), the items' cross-field rules, verified values
 * left as the register gave them, and the materials still to upload. The same check refuses a submission.
 */
public final class FormChecks {

	private FormChecks() {
	}

	public static Precheck check(MergedForm form, Map<String, String> answers, Map<String, String> verified,
			List<MaterialRequirement> materials, LocalDate today) {
		List<Precheck.Problem> problems = new ArrayList<>();
		for (MergedForm.Entry entry : form.entries()) {
			String value = answers.get(entry.key());
			String locked = verified.get(entry.key());
			if (locked != null && !locked.equals(value == null ? null : value.strip())) {
				problems.add(problem(entry.key(), "casework.form.verifiedChanged", locked));
				continue;
			}
			if (value == null || value.isBlank()) {
				if (entry.required()) {
					problems.add(problem(entry.key(), "casework.form.required"));
				}
				continue;
			}
			boolean elementChoiceWithoutOptions = entry.type() == FieldType.CHOICE && entry.options().isEmpty();
			ValidationResult typed = elementChoiceWithoutOptions ? ValidationResult.ok()
					: FieldValues.check(entry.type(), value, entry.options(), entry.maxLength());
			ValidationResult own = entry.element() == null ? ValidationResult.ok() : entry.element().check(value, today);
			first(typed, own).ifPresent(f -> problems.add(new Precheck.Problem(entry.key(), f.messageKey(),
					f.args())));
		}
		for (MergedForm.KeyedRule rule : form.rules()) {
			ruleProblem(rule, answers).ifPresent(problems::add);
		}
		for (MaterialRequirement material : materials) {
			if (material.required() && !material.exempt() && material.uploaded() == null) {
				problems.add(problem("materials/" + material.key(), "casework.material.missing", material.name()));
			}
		}
		return new Precheck(List.copyOf(problems));
	}

	private static Optional<Finding> first(ValidationResult... results) {
		for (ValidationResult result : results) {
			if (!result.valid()) {
				return Optional.of(result.errors().get(0));
			}
		}
		return Optional.empty();
	}

	private static Optional<Precheck.Problem> ruleProblem(MergedForm.KeyedRule rule,
			Map<String, String> answers) {
		String value = answers.get(rule.field());
		String other = answers.get(rule.other());
		return switch (rule.kind()) {
			case REQUIRED_IF -> other != null && other.strip().equals(rule.value()) && (value == null || value.isBlank())
					? Optional.of(problem(rule.field(), "casework.form.requiredIf", rule.other(), rule.value()))
					: Optional.empty();
			case NOT_BEFORE -> {
				LocalDate day = FieldValues.date(value).orElse(null);
				LocalDate earliest = FieldValues.date(other).orElse(null);
				yield day != null && earliest != null && day.isBefore(earliest)
						? Optional.of(problem(rule.field(), "casework.form.notBefore", rule.other()))
						: Optional.empty();
			}
			case NOT_MORE_THAN -> {
				BigDecimal number = FieldValues.number(value).orElse(null);
				BigDecimal most = FieldValues.number(other).orElse(null);
				yield number != null && most != null && number.compareTo(most) > 0
						? Optional.of(problem(rule.field(), "casework.form.notMoreThan", rule.other()))
						: Optional.empty();
			}
		};
	}

	private static Precheck.Problem problem(String field, String key, Object... args) {
		return new Precheck.Problem(field, key, List.of(args));
	}
}
