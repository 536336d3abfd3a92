package org.govhall.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;


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
		if (resource.code() == null || !resource.code().matches("[A-Z0-9-]{3,40}") || blank(resource.name())
				|| blank(resource.description())) {
			throw DataSharing.invalid("exchange.publish.incomplete");
		}
		within("name", resource.name(), 200);
		if (blank(resource.providerDepartment()) || !resource.providerDepartment().matches("[A-Z0-9_]{1,32}")) {
			throw DataSharing.invalid("exchange.publish.provider", String.valueOf(resource.providerDepartment()));
		}
		if (!among(ResourceTerms.REGISTERS, resource.register())) {
			throw DataSharing.invalid("exchange.publish.register", resource.register());
		}
		oneOf("subjectKey", resource.subjectKey(), ResourceTerms.SUBJECT_KEY_VALUES);
		String key = ResourceTerms.subjectKeyOf(resource.register()).orElseThrow();
		if (!key.equals(resource.subjectKey())) {
			throw DataSharing.invalid("exchange.publish.subjectKeyMismatch", resource.register(), key,
					resource.subjectKey());
		}
		if (!among(ResourceTerms.SHARING_TYPES, resource.sharingType())) {
			throw DataSharing.invalid("exchange.publish.sharingType", resource.sharingType());
		}
		if ("NOT_SHARED".equals(resource.sharingType()) && blank(resource.notSharedBasis())) {
			throw DataSharing.invalid("exchange.publish.basisMissing");
		}
		within("notSharedBasis", resource.notSharedBasis(), 500);
		oneOf("openType", resource.openType(), ResourceTerms.OPEN_TYPES);
		oneOf("updateCycle", resource.updateCycle(), ResourceTerms.UPDATE_CYCLES);
		oneOf("format", resource.format(), ResourceTerms.FORMATS);
		checkFields(resource);
	}

	private static void checkFields(DataResource resource) {
		if (resource.fields() == null || resource.fields().isEmpty()) {
			throw DataSharing.invalid("exchange.request.noFields");
		}
		Set<String> seen = new HashSet<>();
		for (DataResource.Field field : resource.fields()) {
			if (field == null || field.name() == null) {
				throw DataSharing.invalid("exchange.request.unknownField", "null", resource.register());
			}
			ResourceTerms.Column column = ResourceTerms.column(resource.register(), field.name())
				.orElseThrow(() -> DataSharing.invalid("exchange.request.unknownField", field.name(),
						resource.register()));
			if (!seen.add(field.name())) {
				throw DataSharing.invalid("exchange.publish.fieldTwice", field.name());
			}
			if (!among(ResourceTerms.DATA_TYPES, field.dataType())) {
				throw DataSharing.invalid("exchange.publish.fieldChoice", field.name(), "dataType",
						String.valueOf(field.dataType()), String.join(", ", ResourceTerms.DATA_TYPES));
			}
			if (!column.dataType().equals(field.dataType())) {
				throw DataSharing.invalid("exchange.publish.fieldType", field.name(), column.dataType(),
						field.dataType());
			}
			if (field.length() < 1 || field.length() > column.length()) {
				throw DataSharing.invalid("exchange.publish.fieldLength", field.name(), column.length());
			}
			if (blank(field.label()) || field.label().strip().length() > 100) {
				throw DataSharing.invalid("exchange.publish.fieldLabel", field.name());
			}
			if (blank(field.description()) || field.description().length() > 500) {
				throw DataSharing.invalid("exchange.publish.fieldDescription", field.name());
			}
		}
	}

	private static void oneOf(String property, String value, List<String> allowed) {
		if (!among(allowed, value)) {
			throw DataSharing.invalid("exchange.publish.choice", property, String.valueOf(value),
					String.join(", ", allowed));
		}
	}

	private static void within(String property, String value, int length) {
		if (value != null && value.length() > length) {
			throw DataSharing.invalid("exchange.publish.tooLong", property, length);
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
