package org.govhall.exchange;

import java.util.List;

/**
 * A data resource of the catalogue (政务信息资源): what a department shares, on what terms, keyed by what.
 *
 * @param code stable code, e.g. {@code GAJ-HJXX}
 * @param name e.g. 户籍信息
 * @param providerDepartment the department that provides it
 * @param description what it holds and what it is for
 * @param register which base register it reads (PERSON or LEGAL_PERSON)
 * @param subjectKey the key a lookup names (ID_NUMBER or CREDIT_CODE)
 * @param sharingType 无条件共享 UNCONDITIONAL, 有条件共享 CONDITIONAL or 不予共享 NOT_SHARED
 * @param notSharedBasis the legal basis for not sharing it
 * @param openType OPEN, CONDITIONAL_OPEN or NOT_OPEN (for the open-data portal)
 * @param updateCycle REAL_TIME, DAILY, WEEKLY, MONTHLY, QUARTERLY or ANNUAL
 * @param format API, DATABASE or FILE (the closed sets are in {@link ResourceTerms})
 * @param fields its fields, in order
 */
public record DataResource(String code, String name, String providerDepartment, String description, String register,
		String subjectKey, String sharingType, String notSharedBasis, String openType, String updateCycle,
		String format, List<Field> fields) {

	/**
	 * A field of a resource.
	 *
	 * @param name the register's column
	 * @param label its Chinese label
	 * @param dataType STRING, DATE or DECIMAL
	 * @param length maximum length
	 * @param description what it means
	 * @param personal whether it is personal information
	 * @param sensitive whether it is sensitive personal information (masked unless the grant says otherwise)
	 */
	public record Field(String name, String label, String dataType, int length, String description, boolean personal,
			boolean sensitive) {
	}

	public boolean hasField(String name) {
		return fields.stream().anyMatch(f -> f.name().equals(name));
	}
}
