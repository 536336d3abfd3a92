package org.govhall.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * What a department asks for.
 *
 * @param resource the resource's code
 * @param fields the fields
 * @param purpose what for
 * @param legalBasis on what legal basis
 * @param serviceItems the implementation codes of the service items the access serves (may be empty)
 * @param validUntil the last day of access (at most three years ahead)
 * @param sync whether the department also asks to replicate the fields through the change feed
 */
public record AccessRequest(String resource, List<String> fields, String purpose, String legalBasis,
		List<String> serviceItems, LocalDate validUntil, boolean sync) {
}
