package org.govhall.rating;

import java.time.InstantSource;
import java.util.List;

import org.govhall.identity.PersonPrincipal;
import org.govhall.rating.internal.RatedCaseViews;
import org.govhall.rating.internal.RatingLinks;
import org.govhall.rating.internal.RatingRecorder;
import org.govhall.rating.internal.RatingStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Rating finished cases (评价), for the people who may: the applicant of the case signed in, the holder of the
 * signed link of the text message, a window clerk of the case's department at the counter; and the applicant's
 * verdict on the follow-up of a bad rating (满意/不满意). A case somebody else applied for answers 404, like every
 * object its reader may not see.
 */
@Service
public class Ratings {

	private final RatingStore store;

	private final RatingRecorder recorder;

	private final RatingLinks links;

	private final RatedCaseViews views;

	private final AuditTrail audit;

	private final InstantSource clock;

	Ratings(RatingStore store, RatingRecorder recorder, RatingLinks links, RatedCaseViews views, AuditTrail audit,
			InstantSource clock) {
		this.store = store;
		this.recorder = recorder;
		this.links = links;
		this.views = views;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in applicant's finished cases open for rating, newest first. */
	public List<RatedCase> mine() {
		long me = PersonPrincipal.signedIn().accountId();
		return store.ofApplicant(me, 100).stream().map(views::of).toList();
	}

	/** One of the signed-in applicant's cases, with its rating and follow-up. */
	public RatedCase mine(String caseNumber) {
		return views.of(applicantsOwn(caseNumber));
	}

	/** The signed-in applicant rates their case, once. */
	public RatedCase rate(String caseNumber, GiveRating rating) {
		RatingStore.CaseRow c = applicantsOwn(caseNumber);
		recorder.record(c, rating, Channel.ONLINE, "person:" + c.applicantAccount());
		return views.of(c);
	}

	/** The case a rating link names, for its page. */
	public RatedCase byLink(String token) {
		return views.of(linked(token));
	}

	/** Rates the case a rating link names, without signing in; the link is spent with the rating. */
	public RatedCase rateByLink(String token, GiveRating rating) {
		RatingStore.CaseRow c = linked(token);
		recorder.record(c, rating, Channel.LINK, "link:person:" + c.applicantAccount());
		return views.of(c);
	}

	/** A window clerk of the case's department records the rating the applicant gave at the counter. */
	public RatedCase recordAtCounter(String caseNumber, GiveRating rating) {
		StaffMember clerk = StaffMember.withAnyRole("rating.counter.clerksOnly", StaffRole.WINDOW_CLERK);
		RatingStore.CaseRow c = store.find(caseNumber)
			.orElseThrow(() -> ProblemException.notFound("rating.case.unknown", caseNumber));
		if (!c.concerns(clerk.departmentCode())) {
			throw ProblemException.forbidden("rating.department.notYours");
		}
		recorder.record(c, rating, Channel.WINDOW, clerk.getUsername());
		return views.of(c);
	}

	/** The applicant says whether the department's rectification put it right. */
	@Transactional
	public RatedCase judge(String caseNumber, boolean satisfied) {
		RatingStore.CaseRow c = applicantsOwn(caseNumber);
		if (!store.judge(c.number(), satisfied, clock.instant())) {
			throw ProblemException.conflict("rating.verdict.notNow", caseNumber);
		}
		audit.record(AuditEvent.of("rating.verdict").on("case", c.number()).by("person:" + c.applicantAccount())
			.detail("verdict", satisfied ? "SATISFIED" : "UNSATISFIED"));
		return views.of(c);
	}

	private RatingStore.CaseRow applicantsOwn(String caseNumber) {
		long me = PersonPrincipal.signedIn().accountId();
		return store.find(caseNumber).filter(c -> c.applicantAccount() == me)
			.orElseThrow(() -> ProblemException.notFound("rating.case.unknown", caseNumber));
	}

	private RatingStore.CaseRow linked(String token) {
		String number = links.caseOf(token);
		RatingStore.CaseRow c = store.find(number)
			.orElseThrow(() -> ProblemException.notFound("rating.link.invalid"));
		if (store.rating(number).isPresent()) {
			throw ProblemException.notFound("rating.link.used");
		}
		return c;
	}
}
