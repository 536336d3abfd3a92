package org.govhall.catalog.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The violations of an item's content, found when it is saved, put on the editor's form at the row and control
 * they are about: {@code content.guide.materials[1].conditionGivenWhenConditional} is the condition of the
 * material in row 2, {@code content.legalLimit.value} the legal limit's number. A violation that names nothing on
 * the form stays an error of the whole form.
 */
final class ContentViolations {

	/** The rules of the records (their {@code @AssertTrue} properties), by the control that can mend them. */
	private static final Map<String, String> RULES = Map.of("promisedWithinLegal", "promisedLimit",
			"conditionGivenWhenConditional", "condition", "sourceNamedWhenNotBrought", "sourceDetail",
			"ownFieldLabelledAndTyped", "label", "choiceGivenItsOptions", "options", "eachNameOnce", "fields",
			"eachRuleAboutFieldsOfTheForm", "rules");

	/** The parts of the content that the form holds flat. */
	private static final Map<String, String> FLAT = Map.ofEntries(Map.entry("legalLimit.value", "legalLimit"),
			Map.entry("legalLimit.unit", "legalUnit"), Map.entry("legalLimit.note", "legalNote"),
			Map.entry("promisedLimit.value", "promisedLimit"), Map.entry("promisedLimit.unit", "promisedUnit"),
			Map.entry("promisedLimit.note", "promisedNote"), Map.entry("fee", "feeCharged"),
			Map.entry("fee.standard", "feeStandard"), Map.entry("fee.basis", "feeBasis"),
			Map.entry("guide.result", "guide.resultType"), Map.entry("guide.result.type", "guide.resultType"),
			Map.entry("guide.result.name", "guide.resultName"));

	/** Lists whose rows are single controls: an index at the end of their paths names a row. */
	private static final List<String> LISTS_OF_LINES = List.of("guide.basis", "guide.conditions");

	private static final Pattern TRAILING_INDEX = Pattern.compile("^(.*)\\[\\d+]$");

	private ContentViolations() {
	}

	/** Puts each violation on the form's binding result, in the order of the form. */
	static void reject(ConstraintViolationException violations, BindingResult binding) {
		violations.getConstraintViolations().stream()
			.map(v -> new Located(formPath(v), v.getMessage()))
			.sorted(Comparator.comparing(Located::order))
			.forEach(located -> reject(located, binding));
	}

	private static void reject(Located located, BindingResult binding) {
		if (located.path().isEmpty()) {
			binding.addError(new ObjectError(binding.getObjectName(), located.message()));
			return;
		}
		try {
			binding.addError(new FieldError(binding.getObjectName(), located.path(),
					binding.getRawFieldValue(located.path()), false, null, null, located.message()));
		}
		catch (InvalidPropertyException notOnTheForm) {
			binding.addError(new ObjectError(binding.getObjectName(), located.message()));
		}
	}

	/** The path on the form of what a violation is about; empty when it is about no control of the form. */
	static String formPath(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
		String[] segments = path.split("\\.", 3);
		path = segments.length < 3 ? "" : segments[2];
		path = path.startsWith("content.") ? path.substring("content.".length()) : path;
		int last = path.lastIndexOf('.');
		String property = path.substring(last + 1);
		if (RULES.containsKey(property)) {
			path = (last < 0 ? "" : path.substring(0, last + 1)) + RULES.get(property);
		}
		Matcher indexed = TRAILING_INDEX.matcher(path);
		if (indexed.matches() && !LISTS_OF_LINES.contains(indexed.group(1))) {
			path = indexed.group(1);
		}
		return FLAT.getOrDefault(path, path);
	}

	/** A violation at its place on the form; {@link #order} sorts by the section, then by row number. */
	private record Located(String path, String message) {

		private static final List<String> SECTIONS = List.of("basicCode", "handlingCode", "name", "type", "level",
				"audiences", "caseType", "legal", "promised", "visits", "onlineDepth", "fee", "lifeEvents", "topics",
				"keywords", "guide.basis", "guide.conditions", "guide.materials", "guide.steps",
				"guide.specialProcedures", "guide.result", "guide.location", "guide.hours", "guide.consultation",
				"guide.supervision", "guide.quantityLimit", "guide.intermediary", "guide.commitment", "guide.faqs",
				"guide", "form.fields", "form.rules", "form");

		String order() {
			int section = SECTIONS.stream().filter(path::startsWith).findFirst().map(SECTIONS::indexOf)
				.orElse(SECTIONS.size());
			Matcher digits = Pattern.compile("\\d+").matcher(path);
			StringBuilder padded = new StringBuilder();
			while (digits.find()) {
				digits.appendReplacement(padded, String.format("%04d", Integer.parseInt(digits.group())));
			}
			digits.appendTail(padded);
			return String.format("%02d", section) + padded + message;
		}
	}
}
