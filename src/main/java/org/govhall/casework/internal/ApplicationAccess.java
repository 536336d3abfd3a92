package org.govhall.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.Application;
import org.govhall.catalog.ServiceItem;
import org.govhall.identity.Applicants;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Component;

/**
 * Who may read an application, and how it reads: the applicant's own (or the draft a window clerk registered),
 * the case of the staff handling it; anybody else gets 404. Shared by the use cases of applying and of materials.
 */
@Component
public class ApplicationAccess {

	private final ApplicationStore store;

	private final ApplicationViews views;

	private final CaseStore cases;

	private final Applicants applicants;

	ApplicationAccess(ApplicationStore store, ApplicationViews views, CaseStore cases, Applicants applicants) {
		this.store = store;
		this.views = views;
		this.cases = cases;
		this.applicants = applicants;
	}

	/** The application if it is the signed-in person's own, or a draft the signed-in window clerk registered. */
	public ApplicationStore.Row own(UUID id) {
		Optional<StaffMember> clerk = StaffMember.current();
		if (clerk.isPresent()) {
			return store.byId(id).filter(r -> clerk.get().getUsername().equals(r.windowClerk()))
				.filter(r -> clerk.get().hasRole(StaffRole.WINDOW_CLERK))
				.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
		}
		long account = applicants.signedIn().accountId();
		return store.byId(id).filter(r -> r.personAccount() == account)
			.orElseThrow(() -> ProblemException.notFound("casework.application.unknown", id));
	}

	/** The case if the staff member's department has a branch in it (or they supervise); 404 otherwise. */
	public CaseStore.CaseRow handlersCase(String caseNumber, StaffMember staff) {
		return cases.byNumber(caseNumber)
			.filter(c -> staff.hasRole(StaffRole.SUPERVISOR)
					|| cases.branches(caseNumber).stream().anyMatch(b -> staff.worksFor(b.department())))
			.orElseThrow(() -> ProblemException.notFound("casework.case.unknown", caseNumber));
	}

	/** Whose licences prove the application's materials: the company applied for, or the person. */
	public static String holderCode(ApplicationStore.Row row) {
		return row.kind() == ApplicantKind.COMPANY ? row.creditCode() : row.personIdNumber();
	}

	/** The application as its reader sees it: merged form, materials (with licences offered to the applicant). */
	public Application view(ApplicationStore.Row row) {
		List<List<ServiceItem>> stages = views.stages(row);
		List<ServiceItem> items = ApplicationViews.items(stages);
		String caseNumber = "SUBMITTED".equals(row.status())
				? cases.byApplication(row.id()).map(CaseStore.CaseRow::number).orElse(null) : null;
		String holder = StaffMember.current().isPresent() ? null : holderCode(row);
		return views.view(row, stages, MergedForm.of(items),
				views.materials(items, store.materialsOf(row.id()), holder), caseNumber);
	}

	/** The application by id, read again after a change. */
	public Application view(UUID id) {
		return view(own(id));
	}
}
