package org.govhall.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.govhall.shared.web.ProblemException;

/**
 * What a published resource must say (资源编目要求): a code, name, provider and description; a register and the
 * subject key that fits it; a sharing type (with its legal basis when not shared), open type, update cycle and
 * format from their closed sets; and fields that are columns of the register, each once, with the column's type,
 * a length within the column's, a label and a description. Each refusal names the property it is about, so that
 * nothing incomplete reaches the database.
 */
final class ResourceDescriptionPolicy {

	private ResourceDescriptionPolicy() {
	}

	static void check(DataResource resource) {
		if (resource.code() == null || !resource.code().matches("[A-Z0-9-]{3,40}")) {
			throw ProblemException.invalid("code", "exchange.publish.incomplete");
		}
		if (blank(resource.name())) {
			throw ProblemException.invalid("name", "exchange.publish.incomplete");
		}
		if (blank(resource.description())) {
			throw ProblemException.invalid("description", "exchange.publish.incomplete");
		}
		within("name", resource.name(), 200);
		if (blank(resource.providerDepartment()) || !resource.providerDepartment().matches("[A-Z0-9_]{1,32}")) {
			throw ProblemException.invalid("providerDepartment", "exchange.publish.provider", String.valueOf(resource.providerDepartment()));
		}
		if (!among(ResourceTerms.REGISTERS, resource.register())) {
			throw ProblemException.invalid("register", "exchange.publish.register", resource.register());
		}
		oneOf("subjectKey", resource.subjectKey(), ResourceTerms.SUBJECT_KEY_VALUES);
		String key = ResourceTerms.subjectKeyOf(resource.register()).orElseThrow();
		if (!key.equals(resource.subjectKey())) {
			throw ProblemException.invalid("subjectKey", "exchange.publish.subjectKeyMismatch", resource.register(), key,
					resource.subjectKey());
		}
		if (!among(ResourceTerms.SHARING_TYPES, resource.sharingType())) {
			throw ProblemException.invalid("sharingType", "exchange.publish.sharingType", resource.sharingType());
		}
		if ("NOT_SHARED".equals(resource.sharingType()) && blank(resource.notSharedBasis())) {
			throw ProblemException.invalid("notSharedBasis", "exchange.publish.basisMissing");
		}
		within("notSharedBasis", resource.notSharedBasis(), 500);
		oneOf("openType", resource.openType(), ResourceTerms.OPEN_TYPES);
		oneOf("updateCycle", resource.updateCycle(), ResourceTerms.UPDATE_CYCLES);
		oneOf("format", resource.format(), ResourceTerms.FORMATS);
		checkFields(resource);
	}

	private static void checkFields(DataResource resource) {
		if (resource.fields() == null || resource.fields().isEmpty()) {
			throw ProblemException.invalid("fields", "exchange.request.noFields");
		}
		Set<String> seen = new HashSet<>();
		for (DataResource.Field field : resource.fields()) {
			if (field == null || field.name() == null) {
				throw ProblemException.invalid("fields", "exchange.request.unknownField", "null", resource.register());
			}
			ResourceTerms.Column column = ResourceTerms.column(resource.register(), field.name())
				.orElseThrow(() -> ProblemException.invalid("fields", "exchange.request.unknownField", field.name(),
						resource.register()));
			if (!seen.add(field.name())) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldTwice", field.name());
			}
			if (!among(ResourceTerms.DATA_TYPES, field.dataType())) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldChoice", field.name(), "dataType",
						String.valueOf(field.dataType()), String.join(", ", ResourceTerms.DATA_TYPES));
			}
			if (!column.dataType().equals(field.dataType())) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldType", field.name(), column.dataType(),
						field.dataType());
			}
			if (field.length() < 1 || field.length() > column.length()) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldLength", field.name(), column.length());
			}
			if (blank(field.label()) || field.label().strip().length() > 100) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldLabel", field.name());
			}
			if (blank(field.description()) || field.description().length() > 500) {
				throw ProblemException.invalid("fields", "exchange.publish.fieldDescription", field.name());
			}
		}
	}

	private static void oneOf(String property, String value, List<String> allowed) {
		if (!among(allowed, value)) {
			throw ProblemException.invalid(property, "exchange.publish.choice", property, String.valueOf(value),
					String.join(", ", allowed));
		}
	}

	private static void within(String property, String value, int length) {
		if (value != null && value.length() > length) {
			throw ProblemException.invalid(property, "exchange.publish.tooLong", property, length);
		}
	}

	/** Whether a value is one of a closed set (immutable lists refuse to be asked about null). */
	private static boolean among(List<String> allowed, String value) {
		return value != null && allowed.contains(value);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
