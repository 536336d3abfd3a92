package org.govhall.identity;

/**
 * A citizen as a service sees them when they apply: the account, the registered name and identity number
 * (real-name checked from {@link AssuranceLevel#REAL_NAME} on), and the level of assurance now.
 *
 * @param accountId the person's account
 * @param name the registered name
 * @param identityNumber the identity number (公民身份号码), for lookups in the registers and the case file only
 * @param assurance the level of assurance now
 */
public record Applicant(long accountId, String name, String identityNumber, AssuranceLevel assurance) {
}
