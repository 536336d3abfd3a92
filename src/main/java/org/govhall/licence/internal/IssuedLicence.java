package org.govhall.licence.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.govhall.licence.HolderKind;

/**
 * A licence as it is written once issued: everything the credential, the print and the register hold.
 */
public record IssuedLicence(UUID id, String identifier, String typeCode, String typeName, String number,
		String issuingDepartment, String issuerCode, String issuerName, HolderKind holderKind, String holderName,
		String holderCode, String divisionCode, Map<String, String> fields, LocalDate issuedOn, LocalDate validFrom,
		LocalDate validUntil, int statusIndex, String caseNumber, String itemCode, String issuedBy,
		String issueReason) {
}
