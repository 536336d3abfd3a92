package org.govhall.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.govhall.casework.internal.ApplicationStore;
import org.govhall.casework.internal.ApplicationViews;
import org.govhall.casework.internal.CaseFlow;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.FormChecks;
import org.govhall.casework.internal.MergedForm;
import org.govhall.casework.internal.SpecialProcedureStore;
import org.govhall.catalog.ServiceItem;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases (办件) for the people they belong to: 我的办件 for an applicant (their own, and the cases of companies they
 * may act for now — an agent whose authorisation ended no longer sees them), a department's cases for its staff,
 * every case for supervisors; one case with its branches, clocks and timeline; the applicant's withdrawal and
 * corrections. A case the reader may not see answers 404, never "forbidden": its number tells nobody anything.
 */
@Service
public class Cases {

	private final CaseStore store;

	private final ApplicationStore applications;

	private final ApplicationViews views;

	private final CaseFlow flow;

	private final Representations representations;

	private final WorkingDays workingDays;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final SpecialProcedureStore specialProcedures;

	private final Clock clock;

	Cases(CaseStore store, ApplicationStore applications, ApplicationViews views, CaseFlow flow,
			Representations representations, WorkingDays workingDays, AuditTrail audit,
			TransactionTemplate transactions, SpecialProcedureStore specialProcedures, Clock clock) {
		this.store = store;
		this.specialProcedures = specialProcedures;
		this.applications = applications;
		this.views = views;
		this.flow = flow;
		this.representations = representations;
		this.workingDays = workingDays;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The reader's cases, newest first: an applicant's own, a department's for its staff. */
	public List<CaseSummary> list(int page, int size) {
		int p = Math.max(0, page);
		int s = Math.min(100, Math.max(1, size));
		Optional<StaffMember> staff = StaffMember.current();
		List<CaseStore.CaseRow> rows;
		if (staff.isPresent()) {
			rows = store.ofDepartment(staff.get().departmentCode().toUpperCase(Locale.ROOT), p, s);
		}
		else {
			PersonPrincipal person = PersonPrincipal.signedIn();
			rows = store.ofApplicant(person.accountId(), companies(), p, s);
		}
		Map<String, LocalDate> due = store.latestDueDates(rows.stream().map(CaseStore.CaseRow::number).toList());
		return rows.stream().map(c -> summary(c, c.status().finished() ? null : due.get(c.number()))).toList();
	}

	/** One case with its branches and timeline (staff also see the internal entries). */
	public CaseFile get(String number) {
		CaseStore.CaseRow c = readable(number);
		boolean staff = StaffMember.current().isPresent();
		if (staff) {
			audit.record(AuditEvent.of("casework.caseRead").on("case", number));
		}
		List<CaseStore.BranchRow> rows = store.branches(number);
		Map<Long, String> special = specialProcedures.runningOfCase(number);
		List<Branch> branches = rows.stream().map(b -> branch(b, special.get(b.id()))).toList();
		List<CorrectionRequest> corrections = rows.stream()
			.filter(b -> b.status() == BranchStatus.CORRECTION)
			.map(b -> new CorrectionRequest(b.id(), b.department(), b.corrections())).toList();
		LocalDate due = c.status().finished() ? null
				: rows.stream().filter(b -> b.status().open()).map(CaseStore.BranchRow::dueOn).filter(Objects::nonNull)
					.max(Comparator.naturalOrder()).orElse(null);
		return new CaseFile(summary(c, due), c.applicationId(), c.itemCode(), c.bundleCode(), branches,
				store.timeline(number, staff), corrections, c.decisionReason());
	}

	/** The applicant's in-app notifications, newest first. */
	public List<CaseStore.Notification> notifications() {
		return store.notifications(PersonPrincipal.signedIn().accountId());
	}

	/** The applicant withdraws a case that is not finished (撤回), with a reason. */
	public CaseFile withdraw(String number, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw ProblemException.invalid("reason", "casework.withdraw.reason");
		}
		transactions.executeWithoutResult(tx -> {
			CaseStore.CaseRow c = applicantsOwn(number);
			CaseStore.CaseRow locked = store.lock(c.number()).orElseThrow();
			if (locked.status().finished()) {
				throw ProblemException.conflict("casework.case.finished", number, locked.status());
			}
			flow.withdraw(locked, "applicant", why);
		});
		return get(number);
	}

	/**
	 * The applicant hands in the corrections asked for: answers replaced where given (verified entries stay
	 * locked), then the pre-check must pass; every branch waiting for them resumes with its clock.
	 */
	public CaseFile correct(String number, Map<String, String> answers) {
		transactions.executeWithoutResult(tx -> {
			CaseStore.CaseRow c = applicantsOwn(number);
			CaseStore.CaseRow locked = store.lock(c.number()).orElseThrow();
			if (locked.status() != CaseStatus.CORRECTION) {
				throw ProblemException.conflict("casework.case.noCorrectionAsked", number);
			}
			ApplicationStore.Row row = applications.byId(locked.applicationId()).orElseThrow();
			List<ServiceItem> items = ApplicationViews.items(views.stages(row));
			MergedForm form = MergedForm.of(items);
			Map<String, MergedForm.Entry> entries = form.byKey();
			Map<String, String> next = new HashMap<>(row.answers());
			answers.forEach((key, value) -> {
				if (!entries.containsKey(key)) {
					throw ProblemException.invalid(key, "casework.form.unknownEntry", key);
				}
				if (value == null || value.isBlank()) {
					next.remove(key);
				}
				else {
					next.put(key, value.strip());
				}
			});
			Precheck check = FormChecks.check(form, next, row.verified(),
					views.materials(items, applications.materialsOf(row.id())), LocalDate.now(clock));
			if (!check.passed()) {
				throw check.refusal();
			}
			applications.correctAnswers(row.id(), next, clock.instant());
			flow.corrected(locked, "applicant");
		});
		return get(number);
	}

	private CaseStore.CaseRow applicantsOwn(String number) {
		PersonPrincipal person = PersonPrincipal.signedIn();
		return store.byNumber(number).filter(c -> applicantMaySee(c, person.accountId()))
			.orElseThrow(() -> ProblemException.notFound("casework.case.unknown", number));
	}

	/** The case if the reader may see it: its applicant, staff of a department holding a branch, supervisors. */
	CaseStore.CaseRow readable(String number) {
		Optional<CaseStore.CaseRow> found = store.byNumber(number);
		Optional<StaffMember> staff = StaffMember.current();
		if (staff.isPresent()) {
			StaffMember member = staff.get();
			return found.filter(c -> member.hasRole(StaffRole.SUPERVISOR)
					|| store.branches(c.number()).stream().anyMatch(b -> member.worksFor(b.department())))
				.orElseThrow(() -> ProblemException.notFound("casework.case.unknown", number));
		}
		PersonPrincipal person = PersonPrincipal.signedIn();
		return found.filter(c -> applicantMaySee(c, person.accountId()))
			.orElseThrow(() -> ProblemException.notFound("casework.case.unknown", number));
	}

	private boolean applicantMaySee(CaseStore.CaseRow c, long person) {
		if (c.creditCode() == null) {
			return c.personAccount() == person;
		}
		return companies().contains(c.creditCode());
	}

	/** The companies the signed-in person may act for now. */
	private List<String> companies() {
		return representations.mine().stream().map(CompanyRole::creditCode).filter(Objects::nonNull).toList();
	}

	private static CaseSummary summary(CaseStore.CaseRow c, LocalDate due) {
		return new CaseSummary(c.number(), c.title(), c.status(), c.kind(), c.personName(), c.companyName(),
				c.submittedAt(), due, c.finishedAt());
	}

	private Branch branch(CaseStore.BranchRow b, String specialProcedure) {
		StatutoryClock statutory = b.clock();
		boolean running = statutory != null && b.status().open() && statutory.state() == StatutoryClock.State.RUNNING;
		Integer remaining = running ? statutory.remainingWorkingDays(workingDays.calendar(), LocalDate.now(clock))
				: null;
		return new Branch(b.id(), b.stage(), b.itemCode(), b.itemName(), b.department(), b.status(), b.promisedLimit(),
				b.legalLimit(), b.dueOn(), b.legalDueOn(), remaining,
				statutory != null && statutory.state() == StatutoryClock.State.PAUSED && b.status().open(),
				b.status().open() ? specialProcedure : null, statutory == null ? 0 : statutory.extension(), b.decisionReason(), b.legalBasis());
	}
}
