package org.govhall.licence.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.ApprovedItem;
import org.govhall.exchange.LegalPerson;
import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceType;

/**
 * The licence an approved item yields: held by the company applied for, or by the person; each of the type's
 * entries from the application's answer of the same name, else from the legal-person register for a company in
 * it; a business licence's 成立日期 is the day of approval when nothing else gives it.
 */
public final class LicenceDrafts {

	private LicenceDrafts() {
	}

	public static Issuance.Draft fromCase(LicenceType type, ApprovedItem a, Optional<LegalPerson> registered,
			ZoneId zone) {
		boolean company = a.applicantKind() == ApplicantKind.COMPANY;
		LocalDate day = a.approvedAt().atZone(zone).toLocalDate();
		Map<String, String> fields = new LinkedHashMap<>();
		for (LicenceType.Field f : type.fields()) {
			String value = a.answers().get(f.key());
			if ((value == null || value.isBlank()) && registered.isPresent()) {
				value = fromRegister(registered.get(), f.key());
			}
			if ((value == null || value.isBlank()) && company && "establishedOn".equals(f.key())) {
				value = day.toString();
			}
			if (value != null && !value.isBlank()) {
				fields.put(f.key(), value.strip());
			}
		}
		return new Issuance.Draft(type, company ? HolderKind.COMPANY : HolderKind.PERSON,
				company ? a.companyName() : a.personName(), company ? a.creditCode() : a.personIdNumber(),
				a.divisionCode(), fields, day, a.caseNumber(), a.item(), a.department(), null);
	}

	private static String fromRegister(LegalPerson p, String key) {
		return switch (key) {
			case "companyType" -> p.type();
			case "legalRepresentative" -> p.legalRepresentative();
			case "registeredCapital" -> p.registeredCapital() == null ? null : p.registeredCapital().toPlainString();
			case "establishedOn" -> p.establishedOn() == null ? null : p.establishedOn().toString();
			case "registeredAddress", "premises" -> p.address();
			case "businessScope" -> p.businessScope();
			default -> null;
		};
	}
}
