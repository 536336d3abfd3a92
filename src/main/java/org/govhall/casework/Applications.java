package org.govhall.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.casework.internal.ApplicationAccess;
import org.govhall.casework.internal.ApplicationStore;
import org.govhall.casework.internal.ApplicationViews;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.FormChecks;
import org.govhall.casework.internal.MergedForm;
import org.govhall.casework.internal.Prefill;
import org.govhall.catalog.Audience;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.ServiceItem;
import org.govhall.identity.Applicant;
import org.govhall.identity.Applicants;
import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.Representations;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying (网上申请): start an application for a published item or bundle, as a private person or acting for a
 * company (the agent's coverage of the service checked here and again at submission); the form comes prefilled
 * with verified register data (已核验, locked); answers save as the applicant types, from any device; the
 * pre-check (网上预审) lists what still stops the submission. Materials are {@link ApplicationMaterials}'. Only the
 * applicant sees their application: anybody else gets 404.
 */
@Service
public class Applications {

	private final ApplicationStore store;

	private final ApplicationViews views;

	private final ApplicationAccess access;

	private final Catalogue catalogue;

	private final Prefill prefill;

	private final Applicants applicants;

	private final Assurance assurance;

	private final Representations representations;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Applications(ApplicationStore store, ApplicationViews views, ApplicationAccess access, Catalogue catalogue,
			Prefill prefill, Applicants applicants, Assurance assurance, Representations representations,
			AuditTrail audit, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.views = views;
		this.access = access;
		this.catalogue = catalogue;
		this.prefill = prefill;
		this.applicants = applicants;
		this.assurance = assurance;
		this.representations = representations;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Starts an application for the signed-in person.
	 *
	 * @param itemCode the implementation code of a published item, or null
	 * @param bundleCode the code of a bundle, or null (exactly one of the two)
	 * @param actingFor the credit code of a company the person acts for, or null for themself
	 */
	public Application start(String itemCode, String bundleCode, String actingFor) {
		assurance.require(AssuranceLevel.REAL_NAME);
		Applicant applicant = applicants.signedIn();
		return open(applicant, null, representations.mine(), itemCode, bundleCode, actingFor);
	}

	/**
	 * Window intake (一口受理): a window clerk registers an application for a person who is present, into the same
	 * flow as online. The clerk has checked the person's identity card; the name must match the hall's account of
	 * that identity number. Only that clerk (and the person, online) sees the draft.
	 */
	public Application startAtWindow(String identityNumber, String name, String itemCode, String bundleCode,
			String actingFor) {
		StaffMember clerk = StaffMember.withAnyRole("casework.window.clerksOnly", StaffRole.WINDOW_CLERK);
		String id = identityNumber == null ? "" : identityNumber.strip().toUpperCase(Locale.ROOT);
		if (!IdentityNumbers.check(id, LocalDate.now(clock)).valid()) {
			throw ProblemException.invalid("applicant.identityNumber", "casework.window.identityNumber");
		}
		Applicant applicant = applicants.byIdentityNumber(id)
			.orElseThrow(() -> ProblemException.invalid("applicant.identityNumber", "casework.window.noAccount"));
		if (name == null || !applicant.name().equals(name.strip())) {
			throw ProblemException.invalid("applicant.name", "casework.window.nameMismatch");
		}
		return open(applicant, clerk.getUsername(), representations.of(applicant.accountId()), itemCode, bundleCode,
				actingFor);
	}

	private Application open(Applicant applicant, String windowClerk, List<CompanyRole> roles, String itemCode,
			String bundleCode, String actingFor) {
		if ((itemCode == null || itemCode.isBlank()) == (bundleCode == null || bundleCode.isBlank())) {
			throw ProblemException.invalid("item", "casework.start.itemOrBundle");
		}
		LocalDate today = LocalDate.now(clock);
		List<List<ServiceItem>> stages;
		String title;
		Integer version = null;
		Audience audience = actingFor == null || actingFor.isBlank() ? Audience.NATURAL_PERSON : Audience.LEGAL_PERSON;
		if (itemCode != null && !itemCode.isBlank()) {
			ServiceItem item = catalogue.published(itemCode.strip())
				.orElseThrow(() -> ProblemException.notFound("casework.item.unknown", itemCode));
			stages = List.of(List.of(item));
			title = item.content().name();
			version = item.version();
		}
		else {
			Bundle bundle = catalogue.bundle(bundleCode.strip())
				.orElseThrow(() -> ProblemException.notFound("casework.bundle.unknown", bundleCode));
			stages = catalogue.bundleItems(bundle);
			title = bundle.name();
			if (ApplicationViews.items(stages).size() < bundle.members().size()) {
				throw ProblemException.conflict("casework.bundle.memberUnavailable", bundle.name());
			}
		}
		List<ServiceItem> items = ApplicationViews.items(stages);
		for (ServiceItem item : items) {
			boolean online = item.content().onlineDepth() != OnlineDepth.INFORMATION;
			if (!item.availableOn(today) || (windowClerk == null && !online)) {
				throw ProblemException.conflict("casework.item.notOnline", item.content().name());
			}
			if (!item.content().audiences().contains(audience)) {
				throw ProblemException.conflict(audience == Audience.LEGAL_PERSON ? "casework.item.notForCompanies"
						: "casework.item.notForPersons", item.content().name());
			}
		}
		CompanyRole company = audience == Audience.LEGAL_PERSON
				? actingRole(applicant, roles, actingFor.strip(), items) : null;
		MergedForm form = MergedForm.of(items);
		UUID id = UUID.randomUUID();
		Map<DataElement, String> known = new EnumMap<>(DataElement.class);
		Prefill.Values values;
		String purpose = (windowClerk == null ? "网上申请预填：" : "窗口受理预填：") + title + "（申请 " + id + "）";
		if (company == null) {
			known.put(DataElement.PERSON_NAME, applicant.name());
			known.put(DataElement.IDENTITY_NUMBER, applicant.identityNumber());
			values = prefill.of(form, ApplicantKind.PERSON, applicant.identityNumber(), known, purpose);
		}
		else {
			known.put(DataElement.CREDIT_CODE, company.creditCode());
			known.put(DataElement.COMPANY_NAME, company.companyName());
			values = prefill.of(form, ApplicantKind.COMPANY, company.creditCode(), known, purpose);
		}
		Instant now = clock.instant();
		ApplicationStore.Row row = new ApplicationStore.Row(id, company == null ? ApplicantKind.PERSON : ApplicantKind.COMPANY,
				applicant.accountId(), applicant.name(), applicant.identityNumber(),
				company == null ? null : company.companyId(), company == null ? null : company.creditCode(),
				company == null ? null : company.companyName(), itemCode == null || itemCode.isBlank() ? null
						: items.get(0).implementationCode(), version,
				bundleCode == null || bundleCode.isBlank() ? null : bundleCode.strip(), title, "DRAFT", values.values(),
				values.values(), values.sources(), windowClerk, now, now, 0);
		transactions.executeWithoutResult(tx -> {
			store.insert(row);
			AuditEvent event = AuditEvent.of(windowClerk == null ? "casework.applicationStarted"
					: "casework.applicationStartedAtWindow").on("application", id)
				.detail("title", title).detail("prefilled", values.values().keySet())
				.actingFor(company == null ? null : company.creditCode());
			audit.record(windowClerk == null ? event
					: event.detail("applicantAccount", applicant.accountId()).detail("identityChecked", "in person"));
		});
		return access.view(store.byId(id).orElseThrow());
	}

	/** The applicant's application (404 for anybody else). */
	public Application get(UUID id) {
		return access.view(id);
	}

	/** The signed-in person's drafts, newest first; for a window clerk the drafts they registered. */
	public List<Application> drafts() {
		Optional<StaffMember> clerk = StaffMember.current();
		if (clerk.isPresent()) {
			return store.draftsAtWindow(clerk.get().getUsername()).stream().map(access::view).toList();
		}
		Applicant applicant = applicants.signedIn();
		return store.draftsOf(applicant.accountId()).stream().map(access::view).toList();
	}

	/**
	 * Saves the answers typed so far (autosave): the entries of the form only. A verified entry changed here is
	 * kept as typed and refused by the pre-check and the submission, which name the register's value. {@code version} is the version the client last read; a save in between
	 * (another device) answers 409 with the current version to reload.
	 */
	public Application save(UUID id, int version, Map<String, String> answers) {
		ApplicationStore.Row row = access.own(id);
		if (!"DRAFT".equals(row.status())) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		Map<String, MergedForm.Entry> entries = MergedForm.of(ApplicationViews.items(views.stages(row))).byKey();
		Map<String, String> next = new HashMap<>(row.answers());
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			MergedForm.Entry entry = entries.get(answer.getKey());
			if (entry == null) {
				throw ProblemException.invalid(answer.getKey(), "casework.form.unknownEntry", answer.getKey());
			}
			String value = answer.getValue() == null ? "" : answer.getValue().strip();
			if (value.length() > Math.max(entry.maxLength(), 1) * 2 + 100) {
				throw ProblemException.invalid(answer.getKey(), "validation.form.tooLong", entry.maxLength());
			}
			if (value.isEmpty()) {
				next.remove(answer.getKey());
			}
			else {
				next.put(answer.getKey(), value);
			}
		}
		Boolean saved = transactions.execute(tx -> store.saveAnswers(id, version, next, clock.instant()));
		if (!Boolean.TRUE.equals(saved)) {
			throw ProblemException.conflict("casework.application.savedElsewhere", access.own(id).version());
		}
		return access.view(id);
	}

	/** The pre-check (网上预审): what still stops the submission. */
	public Precheck precheck(UUID id) {
		ApplicationStore.Row row = access.own(id);
		List<ServiceItem> items = ApplicationViews.items(views.stages(row));
		return FormChecks.check(MergedForm.of(items), row.answers(), row.verified(),
				views.materials(items, store.materialsOf(id)), LocalDate.now(clock));
	}

	/** Discards a draft. */
	public void discard(UUID id) {
		ApplicationStore.Row row = access.own(id);
		transactions.executeWithoutResult(tx -> {
			if (!store.discard(row.id(), clock.instant())) {
				throw ProblemException.conflict("casework.application.notDraft", row.status());
			}
			audit.record(AuditEvent.of("casework.applicationDiscarded").on("application", id));
		});
	}

	/**
	 * The application a case was submitted from, for the staff handling it (a department with a branch in the case,
	 * or a supervisor): its answers, verified entries and materials — attached licences among them. Audited.
	 */
	public Application ofCase(String caseNumber) {
		CaseStore.CaseRow c = access.handlersCase(caseNumber, StaffMember.signedIn());
		ApplicationStore.Row row = store.byId(c.applicationId()).orElseThrow();
		audit.record(AuditEvent.of("casework.applicationRead").on("application", row.id()).detail("case", caseNumber));
		return access.view(row);
	}

	private CompanyRole actingRole(Applicant applicant, List<CompanyRole> roles, String creditCode,
			List<ServiceItem> items) {
		CompanyRole role = roles.stream().filter(r -> r.creditCode().equalsIgnoreCase(creditCode))
			.findFirst().orElseThrow(() -> ProblemException.forbidden("casework.acting.notYourCompany", creditCode));
		for (ServiceItem item : items) {
			if (!Submissions.covers(representations, applicant.accountId(), role.companyId(), item)) {
				throw ProblemException.forbidden("casework.acting.notCovered", item.content().name());
			}
		}
		return role;
	}
}
