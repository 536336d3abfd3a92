package org.govhall.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A consuming department's access to a resource: which fields, which of them masked, for what purpose and on
 * what legal basis, until when, and where the request stands.
 *
 * @param id the grant
 * @param resourceCode the resource
 * @param consumerDepartment the department that reads
 * @param fields the granted (or requested) fields
 * @param maskedFields the fields answered masked
 * @param purpose what the data is used for
 * @param legalBasis the legal basis of the use
 * @param validUntil the last day of access
 * @param status where the request stands
 * @param requestedBy who asked
 * @param requestedAt when
 * @param decidedBy who decided
 * @param decisionReason why (required when refused or narrowed)
 * @param serviceItems the implementation codes of the service items (事项) the access serves
 * @param sync whether the consumer may also replicate the granted fields through the change feed
 * @param supersededBy the newer grant that replaced this one ({@code status} SUPERSEDED)
 */
public record AccessGrant(long id, String resourceCode, String consumerDepartment, List<String> fields,
		List<String> maskedFields, String purpose, String legalBasis, LocalDate validUntil, GrantStatus status,
		String requestedBy, Instant requestedAt, String decidedBy, String decisionReason, List<String> serviceItems,
		boolean sync, Long supersededBy) {

	public boolean activeOn(LocalDate day) {
		return status == GrantStatus.GRANTED && !day.isAfter(validUntil);
	}
}
