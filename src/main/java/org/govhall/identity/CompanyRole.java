package org.govhall.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person may do for a company: as its legal representative (法定代表人, every service) or as an agent
 * (经办人) for all or some services until a date.
 *
 * @param companyId the company account
 * @param creditCode its unified social credit code
 * @param companyName its registered name
 * @param role {@code LEGAL_REPRESENTATIVE} or {@code AGENT}
 * @param allServices whether every service is covered
 * @param serviceCodes the catalogue item codes covered otherwise
 * @param validUntil the last day (for an agent)
 * @param authorisationId the agent authorisation, or {@code 0} for the legal representative
 */
public record CompanyRole(long companyId, String creditCode, String companyName, String role, boolean allServices,
		List<String> serviceCodes, LocalDate validUntil, long authorisationId) {

	public boolean legalRepresentative() {
		return "LEGAL_REPRESENTATIVE".equals(role);
	}

	/** Whether the role covers a service, named by its catalogue code (basic or implementation code). */
	public boolean covers(String serviceCode) {
		return allServices || serviceCodes.stream().anyMatch(c -> serviceCode != null && serviceCode.startsWith(c));
	}
}
