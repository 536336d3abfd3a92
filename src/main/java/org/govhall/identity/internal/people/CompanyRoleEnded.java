package org.govhall.identity.internal.people;

/**
 * A person can no longer act for a company: an agent's authorisation was revoked or suspended, or a legal
 * representative's binding ended. Listeners end what still carries the company for that person (the OIDC
 * authorizations made while acting for it).
 *
 * @param personId the person's account
 * @param subject the person's opaque subject
 * @param companyId the company account
 * @param creditCode the company's credit code
 * @param reason why, e.g. {@code revoked} or {@code representative-changed}
 */
public record CompanyRoleEnded(long personId, String subject, long companyId, String creditCode, String reason) {
}
