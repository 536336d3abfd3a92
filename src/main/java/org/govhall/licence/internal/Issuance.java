package org.govhall.licence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceIdentifier;
import org.govhall.licence.LicenceIssued;
import org.govhall.licence.LicenceType;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues licences: each gets its GB/T 36904 identifier under its issuing department's credit code, a place in the
 * status lists, a credential signed by that department, and one row in the register — many at once in one
 * statement. A licence for a case and item that already has one is not issued again.
 */
@Component
public class Issuance {

	private final LicenceStore store;

	private final Credentials credentials;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Issuance(LicenceStore store, Credentials credentials, OrganisationDirectory organisation, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.credentials = credentials;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What to issue.
	 *
	 * @param type the licence type
	 * @param holderKind who holds it
	 * @param holderName the holder's name
	 * @param holderCode the holder's identity number or credit code
	 * @param divisionCode the division it belongs to
	 * @param fields the type's entries
	 * @param issuedOn the day of issue
	 * @param caseNumber the case it is issued for, or null
	 * @param itemCode the case's item, or null
	 * @param issuedBy who issues it (the case's decider, a staff member, the demo)
	 * @param reason why, for a licence issued by hand
	 */
	public record Draft(LicenceType type, HolderKind holderKind, String holderName, String holderCode,
			String divisionCode, Map<String, String> fields, LocalDate issuedOn, String caseNumber, String itemCode,
			String issuedBy, String reason) {
	}

	/** Issues and publishes {@link LicenceIssued} for each; answers those written (not those issued before). */
	public List<IssuedLicence> issue(List<Draft> drafts) {
		List<IssuedLicence> written = write(drafts);
		for (IssuedLicence l : written) {
			audit.record(AuditEvent.of("licence.issued").on("licence", l.identifier()).because(l.issueReason())
				.detail("type", l.typeCode()).detail("case", l.caseNumber()).detail("holder", l.holderName()));
			events.publishEvent(new LicenceIssued(l.identifier(), l.typeCode(), l.holderKind(), l.holderCode(),
					l.issuingDepartment(), l.caseNumber()));
		}
		return written;
	}

	/** Issues without events or audit entries (demo data while the hall starts); answers those written. */
	public List<IssuedLicence> write(List<Draft> drafts) {
		if (drafts.isEmpty()) {
			return List.of();
		}
		List<LicenceStore.Numbers> numbers = store.numbers(drafts.size());
		List<IssuedLicence> licences = new ArrayList<>(drafts.size());
		List<Map<String, Object>> rows = new ArrayList<>(drafts.size());
		Map<String, DepartmentSummary> departments = new java.util.HashMap<>();
		for (Issuance.Draft d : drafts) {
			departments.computeIfAbsent(d.type().issuingDepartment(), code -> organisation.departmentByCode(code)
				.orElseThrow(() -> ProblemException.conflict("licence.issue.noDepartment", code)));
		}
		for (int i = 0; i < drafts.size(); i++) {
			IssuedLicence l = licence(drafts.get(i), departments, numbers.get(i).serial(), numbers.get(i).statusIndex());
			licences.add(l);
			rows.add(LicenceStore.row(l, credentials.sign(l)));
		}
		Set<UUID> written = new HashSet<>(store.insertAll(rows, clock.instant()));
		return licences.stream().filter(l -> written.contains(l.id())).toList();
	}

	private IssuedLicence licence(Draft d, Map<String, DepartmentSummary> departments, long serial, int statusIndex) {
		DepartmentSummary issuer = departments.get(d.type().issuingDepartment());
		String serialText = d.issuedOn().getYear() + String.format("%07d", serial % 10_000_000);
		String identifier = new LicenceIdentifier(d.type().code(), issuer.creditCode(), serialText, 1).toString();
		String number = d.type().template() == LicenceType.Template.BUSINESS && d.holderKind() == HolderKind.COMPANY
				? d.holderCode() : issuer.code() + serialText;
		LocalDate until = d.type().validityYears() == null ? null
				: d.issuedOn().plusYears(d.type().validityYears()).minusDays(1);
		return new IssuedLicence(UUID.randomUUID(), identifier, d.type().code(), d.type().nameZh(), number,
				issuer.code(), issuer.creditCode(), issuer.nameZh(), d.holderKind(), d.holderName(), d.holderCode(),
				d.divisionCode(), d.fields(), d.issuedOn(), d.issuedOn(), until, statusIndex, d.caseNumber(),
				d.itemCode(), d.issuedBy(), d.reason());
	}
}
