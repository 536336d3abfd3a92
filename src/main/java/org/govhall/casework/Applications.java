package org.govhall.casework;

import java.io.InputStream;
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

import org.govhall.casework.internal.ApplicationStore;
import org.govhall.casework.internal.ApplicationViews;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.FormChecks;
import org.govhall.casework.internal.MaterialFiles;
import org.govhall.casework.internal.MergedForm;
import org.govhall.casework.internal.Prefill;
import org.govhall.casework.spi.HeldLicences;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applying (网上申请): start an application for a published item or bundle, as a private person or acting for a
 * company (the agent's coverage of the service checked here and again at submission); the form comes prefilled
 * with verified register data (已核验, locked); answers save as the applicant types, from any device; the
 * pre-check (网上预审) lists what still stops the submission; materials upload per the catalogue's definition.
 * Only the applicant sees their application: anybody else gets 404.
 */
@Service
public class Applications {

	private final ApplicationStore store;

	private final ApplicationViews views;

	private final CaseStore cases;

	private final Catalogue catalogue;

	private final Prefill prefill;

	private final Applicants applicants;

	private final Assurance assurance;

	private final Representations representations;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ObjectProvider<HeldLicences> heldLicences;

	Applications(ApplicationStore store, ApplicationViews views, CaseStore cases, Catalogue catalogue, Prefill prefill,
			Applicants applicants, Assurance assurance, Representations representations, AuditTrail audit,
			TransactionTemplate transactions, Clock clock, ObjectProvider<HeldLicences> heldLicences) {
		this.heldLicences = heldLicences;
		this.store = store;
		this.views = views;
		this.cases = cases;
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
		return view(store.byId(id).orElseThrow());
	}

	/** The applicant's application (404 for anybody else). */
	public Application get(UUID id) {
		return view(own(id));
	}

	/** The signed-in person's drafts, newest first; for a window clerk the drafts they registered. */
	public List<Application> drafts() {
		Optional<StaffMember> clerk = StaffMember.current();
		if (clerk.isPresent()) {
			return store.draftsAtWindow(clerk.get().getUsername()).stream().map(this::view).toList();
		}
		Applicant applicant = applicants.signedIn();
		return store.draftsOf(applicant.accountId()).stream().map(this::view).toList();
	}

	/**
	 * Saves the answers typed so far (autosave): the entries of the form only. A verified entry changed here is
	 * kept as typed and refused by the pre-check and the submission, which name the register's value. {@code version} is the version the client last read; a save in between
	 * (another device) answers 409 with the current version to reload.
	 */
	public Application save(UUID id, int version, Map<String, String> answers) {
		ApplicationStore.Row row = own(id);
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
			throw ProblemException.conflict("casework.application.savedElsewhere", own(id).version());
		}
		return view(own(id));
	}

	/** The pre-check (网上预审): what still stops the submission. */
	public Precheck precheck(UUID id) {
		ApplicationStore.Row row = own(id);
		List<ServiceItem> items = ApplicationViews.items(views.stages(row));
		return FormChecks.check(MergedForm.of(items), row.answers(), row.verified(),
				views.materials(items, store.materialsOf(id)), LocalDate.now(clock));
	}

	/** Discards a draft. */
	public void discard(UUID id) {
		ApplicationStore.Row row = own(id);
		transactions.executeWithoutResult(tx -> {
			if (!store.discard(row.id(), clock.instant())) {
				throw ProblemException.conflict("casework.application.notDraft", row.status());
			}
			audit.record(AuditEvent.of("casework.applicationDiscarded").on("application", id));
		});
	}

	/** Uploads (or replaces) a material's file, checked as {@link MaterialFiles} says. */
	public Application upload(UUID id, String materialKey, String fileName, InputStream content) {
		ApplicationStore.Row row = own(id);
		if (!"DRAFT".equals(row.status()) && cases.byApplication(id).map(c -> c.status() != CaseStatus.CORRECTION)
			.orElse(true)) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		MaterialRequirement material = material(row, materialKey);
		if (material.exempt()) {
			throw ProblemException.conflict("casework.material.exempt", material.name(), material.exemptBecause());
		}
		MaterialFiles.Checked file = MaterialFiles.check(content, fileName, material.fileFormats(), material.maxSizeMb());
		transactions.executeWithoutResult(tx -> {
			store.putMaterial(id, materialKey, file.displayName(), file.contentType(), file.content(), file.sha256(),
					clock.instant());
			audit.record(AuditEvent.of("casework.materialUploaded").on("application", id).detail("material", materialKey)
				.detail("sha256", file.sha256()).detail("size", file.content().length));
		});
		return view(own(id));
	}

	/**
	 * Attaches an electronic licence the applicant holds to a material it proves, by reference and with the
	 * applicant's consent (this very request): no file, the licence's credential kept as the material. Audited.
	 */
	public Application attachLicence(UUID id, String materialKey, String identifier) {
		ApplicationStore.Row row = own(id);
		if (StaffMember.current().isPresent()) {
			throw ProblemException.forbidden("casework.material.licenceApplicantOnly");
		}
		if (!"DRAFT".equals(row.status()) && cases.byApplication(id).map(c -> c.status() != CaseStatus.CORRECTION)
			.orElse(true)) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		String holder = holderCode(row);
		List<ServiceItem> items = ApplicationViews.items(views.stages(row));
		MaterialRequirement material = views.materials(items, Map.of(), holder).stream()
			.filter(m -> m.key().equals(materialKey)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("casework.material.unknown", materialKey));
		LicenceOffer offer = material.offered().stream().filter(o -> o.identifier().equals(identifier)).findFirst()
			.orElseThrow(() -> ProblemException.invalid("identifier", "casework.material.licenceNotOffered",
					material.name()));
		String credential = heldLicences.getObject().credentialIfValid(identifier, holder)
			.orElseThrow(() -> ProblemException.invalid("identifier", "casework.material.licenceInvalid",
					offer.typeName()));
		byte[] content = credential.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		transactions.executeWithoutResult(tx -> {
			store.putMaterial(id, materialKey, offer.typeName() + "（" + offer.number() + "）", "application/vc+jwt",
					content, MaterialFiles.sha256(content), identifier, clock.instant());
			audit.record(AuditEvent.of("casework.licenceAttached").on("application", id).detail("material", materialKey)
				.detail("licence", identifier).because("申请人同意引用电子证照"));
		});
		return view(own(id));
	}

	/**
	 * The application a case was submitted from, for the staff handling it (a department with a branch in the case,
	 * or a supervisor): its answers, verified entries and materials — attached licences among them. Audited.
	 */
	public Application ofCase(String caseNumber) {
		CaseStore.CaseRow c = handlersCase(caseNumber, StaffMember.signedIn());
		ApplicationStore.Row row = store.byId(c.applicationId()).orElseThrow();
		audit.record(AuditEvent.of("casework.applicationRead").on("application", row.id()).detail("case", caseNumber));
		return view(row);
	}

	/** The case if the staff member's department has a branch in it (or they supervise); 404 otherwise. */
	private CaseStore.CaseRow handlersCase(String caseNumber, StaffMember staff) {
		return cases.byNumber(caseNumber)
			.filter(c -> staff.hasRole(StaffRole.SUPERVISOR)
					|| cases.branches(caseNumber).stream().anyMatch(b -> staff.worksFor(b.department())))
			.orElseThrow(() -> ProblemException.notFound("casework.case.unknown", caseNumber));
	}

	/** Whose licences prove the application's materials: the company applied for, or the person. */
	static String holderCode(ApplicationStore.Row row) {
		return row.kind() == ApplicantKind.COMPANY ? row.creditCode() : row.personIdNumber();
	}

	/** Removes a material's file from a draft. */
	public Application removeMaterial(UUID id, String materialKey) {
		ApplicationStore.Row row = own(id);
		if (!"DRAFT".equals(row.status())) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		material(row, materialKey);
		transactions.executeWithoutResult(tx -> store.removeMaterial(id, materialKey));
		return view(own(id));
	}

	/** A material's file, for its preview: the applicant's own. */
	public ApplicationStore.StoredFile materialFile(UUID id, String materialKey) {
		Optional<StaffMember> staff = StaffMember.current();
		if (staff.isPresent() && cases.byApplication(id).isPresent()) {
			handlersCase(cases.byApplication(id).get().number(), staff.get());
			audit.record(AuditEvent.of("casework.materialRead").on("application", id).detail("material", materialKey));
		}
		else {
			own(id);
		}
		return store.material(id, materialKey)
			.orElseThrow(() -> ProblemException.notFound("casework.material.noFile", materialKey));
	}

	private MaterialRequirement material(ApplicationStore.Row row, String key) {
		return views.materials(ApplicationViews.items(views.stages(row)), Map.of()).stream()
			.filter(m -> m.key().equals(key)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("casework.material.unknown", key));
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

	/** The application if it is the signed-in person's own, or a draft the signed-in window clerk registered. */
	private ApplicationStore.Row own(UUID id) {
		Optional<StaffMember> clerk = StaffMember.current();
		if (clerk.isPresent()) {
			return store.byId(id).filter(r -> clerk.get().getUsername().equals(r.windowClerk()))
				.filter(r -> clerk.get().hasRole(StaffRole.WINDOW_CLERK))
				.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
		}
		Applicant applicant = applicants.signedIn();
		return store.byId(id).filter(r -> r.personAccount() == applicant.accountId())
			.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
	}

	private Application view(ApplicationStore.Row row) {
		List<List<ServiceItem>> stages = views.stages(row);
		List<ServiceItem> items = ApplicationViews.items(stages);
		String caseNumber = "SUBMITTED".equals(row.status())
				? cases.byApplication(row.id()).map(CaseStore.CaseRow::number).orElse(null) : null;
		String holder = StaffMember.current().isPresent() ? null : holderCode(row);
		return views.view(row, stages, MergedForm.of(items),
				views.materials(items, store.materialsOf(row.id()), holder), caseNumber);
	}

}
