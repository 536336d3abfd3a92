package org.govhall.licence;

/**
 * Event: a licence was issued (for the enterprise file, credit and the holder's notifications).
 *
 * @param identifier 电子证照标识
 * @param typeCode 证照类型代码
 * @param holderKind who holds it
 * @param holderCode the holder's identity number or credit code
 * @param issuingDepartment the department that issued it
 * @param caseNumber the case it was issued for, if any
 */
public record LicenceIssued(String identifier, String typeCode, HolderKind holderKind, String holderCode,
		String issuingDepartment, String caseNumber) {
}
