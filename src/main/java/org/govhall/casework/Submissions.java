package org.govhall.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govhall.casework.internal.ApplicationAccess;
import org.govhall.casework.internal.ApplicationStore;
import org.govhall.casework.internal.ApplicationViews;
import org.govhall.casework.internal.CaseFlow;
import org.govhall.casework.internal.CaseNumbers;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.FormChecks;
import org.govhall.casework.internal.MergedForm;
import org.govhall.casework.spi.HeldLicences;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ServiceItem;
import org.govhall.identity.Applicant;
import org.govhall.identity.Applicants;
import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.Representations;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submission (提交): once per application, whatever the network does. The client sends an {@code Idempotency-Key};
 * the same key answers the same case, a repeated submission without it answers the case already made, and a
 * submission either makes the case with its branches and its running process or leaves nothing (one transaction
 * with the engine). The pre-check must pass, the applicant's level and, acting for a company, the coverage of
 * every item are checked again.
 */
@Service
public class Submissions {

	private final ApplicationStore applications;

	private final ApplicationViews views;

	private final CaseStore cases;

	private final CaseNumbers numbers;

	private final CaseFlow flow;

	private final Applicants applicants;

	private final Assurance assurance;

	private final Representations representations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ObjectProvider<HeldLicences> heldLicences;

	Submissions(ApplicationStore applications, ApplicationViews views, CaseStore cases, CaseNumbers numbers,
			CaseFlow flow, Applicants applicants, Assurance assurance, Representations representations,
			TransactionTemplate transactions, Clock clock, ObjectProvider<HeldLicences> heldLicences) {
		this.heldLicences = heldLicences;
		this.applications = applications;
		this.views = views;
		this.cases = cases;
		this.numbers = numbers;
		this.flow = flow;
		this.applicants = applicants;
		this.assurance = assurance;
		this.representations = representations;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What a submission answers: the case number, and whether this call made it (false: a retry). */
	public record Submitted(String caseNumber, boolean created) {
	}

	public Submitted submit(UUID applicationId, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.strip().length() > 100) {
			throw ProblemException.invalid("Idempotency-Key", "casework.submission.key");
		}
		String key = idempotencyKey.strip();
		Optional<StaffMember> clerk = StaffMember.current();
		Applicant applicant = clerk.isPresent() ? presentAtWindow(clerk.get(), applicationId) : applicants.signedIn();
		try {
			return transactions.execute(tx -> submitOnce(applicant, applicationId, key, clerk.isPresent()));
		}
		catch (DuplicateKeyException raced) {
			// the same key, sent twice at once: the other call made the case
			return transactions.execute(tx -> cases.caseOfKey(applicant.accountId(), key)
				.map(number -> new Submitted(number, false)).orElseThrow(() -> raced));
		}
	}

	/** The person a window clerk registered the application for: only that clerk submits it for them. */
	private Applicant presentAtWindow(StaffMember clerk, UUID id) {
		return applications.byId(id)
			.filter(r -> clerk.hasRole(StaffRole.WINDOW_CLERK) && clerk.getUsername().equals(r.windowClerk()))
			.flatMap(r -> applicants.byAccount(r.personAccount()))
			.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
	}

	private Submitted submitOnce(Applicant applicant, UUID id, String key, boolean atWindow) {
		var earlier = cases.caseOfKey(applicant.accountId(), key);
		ApplicationStore.Row row = applications.lock(id).filter(r -> r.personAccount() == applicant.accountId())
			.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
		if (earlier.isPresent()) {
			if (cases.byNumber(earlier.get()).map(c -> c.applicationId().equals(id)).orElse(false)) {
				return new Submitted(earlier.get(), false);
			}
			throw ProblemException.conflict("casework.submission.keyReused");
		}
		if ("SUBMITTED".equals(row.status())) {
			return new Submitted(cases.byApplication(id).orElseThrow().number(), false);
		}
		if (!"DRAFT".equals(row.status())) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		if (!atWindow) {
			// at the window the clerk checked the identity card of the person present
			assurance.require(applicant.accountId(), AssuranceLevel.REAL_NAME);
		}
		List<List<ServiceItem>> stages = views.stages(row);
		List<ServiceItem> items = ApplicationViews.items(stages);
		if (row.companyAccount() != null) {
			for (ServiceItem item : items) {
				if (!covers(representations, applicant.accountId(), row.companyAccount(), item)) {
					throw ProblemException.forbidden("casework.acting.notCovered", item.content().name());
				}
			}
		}
		LocalDate today = LocalDate.now(clock);
		Precheck precheck = FormChecks.check(MergedForm.of(items), row.answers(), row.verified(),
				views.materials(items, applications.materialsOf(id)), today);
		if (!precheck.passed()) {
			throw precheck.refusal();
		}
		List<MaterialRequirement> attached = licencesAttached(row, items);
		Instant now = clock.instant();
		String number = numbers.next(items.get(0).divisionCode(), today);
		CaseStore.CaseRow c = new CaseStore.CaseRow(number, id, row.kind(), row.personAccount(), row.personName(),
				row.creditCode(), row.companyName(), row.itemCode(), row.bundleCode(), row.title(),
				items.get(0).divisionCode(), CaseStatus.SUBMITTED, null, now, today, null, null,
				row.windowClerk() == null ? "ONLINE" : "WINDOW");
		flow.open(c, branches(stages), row.windowClerk() == null ? "applicant" : row.windowClerk());
		for (MaterialRequirement m : attached) {
			heldLicences.getObject().used(m.uploaded().licenceIdentifier(), number, "办件引用", m.name());
			cases.addTimeline(number, null, now, "LICENCE_ATTACHED", "applicant", true,
					m.uploaded().fileName() + " · " + m.uploaded().licenceIdentifier());
		}
		applications.markSubmitted(id, now);
		cases.rememberKey(applicant.accountId(), key, id, number, now);
		return new Submitted(number, true);
	}

	/**
	 * The materials proved by an attached electronic licence, each checked again: a licence suspended, revoked or
	 * expired since it was attached stops the submission.
	 */
	private List<MaterialRequirement> licencesAttached(ApplicationStore.Row row, List<ServiceItem> items) {
		List<MaterialRequirement> attached = views.materials(items, applications.materialsOf(row.id())).stream()
			.filter(m -> m.uploaded() != null && m.uploaded().licence()).toList();
		for (MaterialRequirement m : attached) {
			if (heldLicences.getObject().credentialIfValid(m.uploaded().licenceIdentifier(),
					ApplicationAccess.holderCode(row)).isEmpty()) {
				throw ProblemException.invalid("materials." + m.key(), "casework.material.licenceInvalid", m.name());
			}
		}
		return attached;
	}

	static List<List<CaseStore.NewBranch>> branches(List<List<ServiceItem>> stages) {
		List<List<CaseStore.NewBranch>> all = new ArrayList<>();
		for (int s = 0; s < stages.size(); s++) {
			List<CaseStore.NewBranch> stage = new ArrayList<>();
			for (ServiceItem item : stages.get(s)) {
				stage.add(new CaseStore.NewBranch(s + 1, item.implementationCode(), item.version(), item.content().name(),
						item.departmentCode(), workingDays(item.content().promisedLimit()),
						workingDays(item.content().legalLimit())));
			}
			all.add(stage);
		}
		return all;
	}

	/** A limit in working days: calendar days and months as the working days they roughly hold. */
	public static int workingDays(ItemContent.TimeLimit limit) {
		return switch (limit.unit()) {
			case WORKING_DAYS -> limit.value();
			case CALENDAR_DAYS -> Math.max(1, limit.value() * 5 / 7);
			case MONTHS -> limit.value() * 21;
		};
	}

	/** Whether the person may use the item for the company: coverage by its basic or its implementation code. */
	static boolean covers(Representations representations, long person, long company, ServiceItem item) {
		return representations.mayActFor(person, company, item.implementationCode())
				|| representations.mayActFor(person, company, item.basicCode() + item.handlingCode());
	}
}
