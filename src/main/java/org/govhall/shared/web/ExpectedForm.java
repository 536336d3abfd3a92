package org.govhall.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * What a value of a Java type looks like to the person typing it ("日期，格式为 年-月-日"), for the answer to a
 * parameter or field that did not parse.
 */
final class ExpectedForm {

	private ExpectedForm() {
	}

	/** The expected form of {@code type} in {@code locale}. */
	static String of(Class<?> type, MessageSource messages, Locale locale) {
		if (type != null && type.isEnum()) {
			String choices = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
			return messages.getMessage("problem.form.choice", new Object[] { choices }, locale);
		}
		return messages.getMessage("problem.form." + key(type), null, locale);
	}

	private static String key(Class<?> type) {
		if (type == null) {
			return "other";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			return "dateTime";
		}
		if (type == LocalDateTime.class) {
			return "localDateTime";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class || type == BigInteger.class) {
			return "integer";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == BigDecimal.class) {
			return "number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "boolean";
		}
		if (type == UUID.class) {
			return "uuid";
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return "text";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "object";
		}
		return "other";
	}
}
