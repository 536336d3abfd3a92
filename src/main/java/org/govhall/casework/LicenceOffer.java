package org.govhall.casework;

/**
 * An electronic licence the applicant holds that proves a material: attached by reference with the applicant's
 * consent, no upload needed.
 *
 * @param identifier 电子证照标识
 * @param typeName 证照名称
 * @param number 证照编号
 * @param issuer 颁发机构
 */
public record LicenceOffer(String identifier, String typeName, String number, String issuer) {
}
