package org.govhall.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.govhall.exchange.AccessGrant;

/**
 * Masks a value for display to a consumer who may know that it exists but not all of it: identity numbers keep
 * the first six and last four characters, mobile numbers the first three and last four, names the surname,
 * other text its first third.
 */
public final class Masking {

	private Masking() {
	}

	/** The values as a grant lets its consumer see them: its masked fields masked, the others as they are. */
	public static Map<String, Object> asGranted(Map<String, Object> values, AccessGrant grant) {
		if (grant.maskedFields().isEmpty()) {
			return values;
		}
		Map<String, Object> out = new LinkedHashMap<>(values);
		for (String field : grant.maskedFields()) {
			Object value = out.get(field);
			out.put(field, value == null ? null : mask(field, value.toString()));
		}
		return out;
	}

	public static String mask(String field, String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return switch (field) {
			case "id_number", "legal_representative_id" -> keep(value, 6, 4);
			case "mobile" -> keep(value, 3, 4);
			case "name", "legal_representative" -> keep(value, 1, 0);
			default -> keep(value, Math.max(1, value.length() / 3), 0);
		};
	}

	private static String keep(String value, int head, int tail) {
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}
}
