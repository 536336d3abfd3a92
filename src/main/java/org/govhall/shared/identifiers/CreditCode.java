package org.govhall.shared.identifiers;

/**
 * A valid unified social credit code (统一社会信用代码, GB 32100) and its parts.
 *
 * @param value the 18 characters
 * @param registeringAuthority position 1: 1 机构编制, 5 民政, 9 工商 (市场监管), Y 其他 …
 * @param organisationType position 2
 * @param divisionCode positions 3–8, the registering authority's division (GB/T 2260)
 * @param organisationCode positions 9–17, the organisation code (GB 11714)
 */
public record CreditCode(String value, char registeringAuthority, char organisationType, String divisionCode,
		String organisationCode) {
}
