package org.govhall.rating;

import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

import org.govhall.rating.internal.RatedCaseViews;
import org.govhall.rating.internal.RatingStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups (整改) of bad ratings for the staff who owe or watch them: a department's staff see theirs, and its
 * reviewers and head record that they contacted the applicant and what was put right; supervisors see every
 * department's, escalated ones first among the unanswered. Staff of another department are refused (403).
 */
@Service
public class FollowUps {

	private final RatingStore store;

	private final RatedCaseViews views;

	private final AuditTrail audit;

	private final InstantSource clock;

	FollowUps(RatingStore store, RatedCaseViews views, AuditTrail audit, InstantSource clock) {
		this.store = store;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in staff member's department's follow-ups, or every department's for a supervisor. */
	public List<FollowUp> list(boolean escalatedOnly) {
		StaffMember staff = StaffMember.signedIn();
		String department = staff.hasRole(StaffRole.SUPERVISOR) ? null : staff.departmentCode().toUpperCase(Locale.ROOT);
		return store.followUps(department, escalatedOnly, 200);
	}

	/** One follow-up with its case and rating. */
	public RatedCase get(String caseNumber) {
		StaffMember staff = StaffMember.signedIn();
		RatingStore.CaseRow c = followedUp(caseNumber);
		if (!staff.hasRole(StaffRole.SUPERVISOR) && !staff.worksFor(store.followUp(caseNumber).orElseThrow().department())) {
			throw ProblemException.forbidden("rating.department.notYours");
		}
		return views.of(c);
	}

	/** The department records its contact with the applicant and the rectification, once. */
	@Transactional
	public RatedCase answer(String caseNumber, String contactNote, String rectification) {
		StaffMember staff = StaffMember.withAnyRole("rating.followUp.reviewersOnly", StaffRole.REVIEWER,
				StaffRole.DEPARTMENT_HEAD);
		RatingStore.CaseRow c = followedUp(caseNumber);
		FollowUp f = store.followUp(caseNumber).orElseThrow();
		if (!staff.worksFor(f.department())) {
			throw ProblemException.forbidden("rating.department.notYours");
		}
		String note = required("contactNote", contactNote, 1000);
		String done = required("rectification", rectification, 2000);
		if (!store.answer(caseNumber, note, done, staff.getUsername(), clock.instant())) {
			throw ProblemException.conflict("rating.followUp.answered", caseNumber);
		}
		audit.record(AuditEvent.of("rating.followUpAnswered").on("case", caseNumber).by(staff.getUsername())
			.detail("department", f.department()).detail("escalated", f.escalated()));
		return views.of(c);
	}

	private RatingStore.CaseRow followedUp(String caseNumber) {
		return store.followUp(caseNumber).flatMap(f -> store.find(caseNumber))
			.orElseThrow(() -> ProblemException.notFound("rating.followUp.unknown", caseNumber));
	}

	private static String required(String field, String value, int length) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > length) {
			throw ProblemException.invalid(field, "rating.followUp.text", length);
		}
		return text;
	}
}
