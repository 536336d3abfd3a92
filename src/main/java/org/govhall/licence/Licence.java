package org.govhall.licence;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An electronic licence (电子证照) with the standard's metadata.
 *
 * @param id the hall's key of the licence
 * @param identifier 电子证照标识 (GB/T 36904)
 * @param typeCode 证照类型代码
 * @param typeName 证照类型名称
 * @param number 证照编号 as printed
 * @param issuingDepartment the issuing department's code
 * @param issuerName 颁发机构
 * @param issuerCode 颁发机构代码 (credit code)
 * @param holderKind 持证主体 kind
 * @param holderName 持证主体
 * @param holderCode 持证主体代码
 * @param divisionCode 行政区划代码
 * @param fields the type's entries
 * @param issuedOn 颁发日期
 * @param validFrom 有效期起始
 * @param validUntil 有效期截止, null without end
 * @param status 证照状态 today
 * @param statusReason why it is suspended or revoked
 * @param caseNumber the case it was issued for, if any
 */
public record Licence(UUID id, String identifier, String typeCode, String typeName, String number,
		String issuingDepartment, String issuerName, String issuerCode, HolderKind holderKind, String holderName,
		String holderCode, String divisionCode, Map<String, String> fields, LocalDate issuedOn, LocalDate validFrom,
		LocalDate validUntil, LicenceStatus status, String statusReason, String caseNumber) {
}
