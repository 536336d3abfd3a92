package org.govhall.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.govhall.casework.CaseLedger;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;
import org.govhall.supervision.internal.AlertStore;
import org.govhall.supervision.internal.NoticeMessages;
import org.govhall.supervision.internal.NoticeStore;
import org.govhall.supervision.internal.SupervisionProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Supervision notices (督办): a supervisor issues one to a department, about a case or in general, with the working
 * days it has to answer; the department's heads are told at once; its head or reviewer answers once; the sweep
 * escalates one left unanswered past its day. Supervisors see every notice, a department's staff their own; every
 * issue, answer and reading by staff of another role is audited.
 */
@Service
@Validated
public class Notices {

	private final NoticeStore store;

	private final AlertStore alerts;

	private final NoticeMessages messages;

	private final OrganisationDirectory directory;

	private final CaseLedger ledger;

	private final WorkingDays workingDays;

	private final SupervisionProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Notices(NoticeStore store, AlertStore alerts, NoticeMessages messages, OrganisationDirectory directory,
			CaseLedger ledger, WorkingDays workingDays, SupervisionProperties properties,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.store = store;
		this.alerts = alerts;
		this.messages = messages;
		this.directory = directory;
		this.ledger = ledger;
		this.workingDays = workingDays;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a notice; only supervisors may. */
	@Transactional
	public Notice issue(@Valid IssueNotice command) {
		StaffMember supervisor = StaffMember.withAnyRole("supervision.refused.supervisorOnly", StaffRole.SUPERVISOR);
		String department = command.department().strip().toUpperCase(Locale.ROOT);
		directory.departmentByCode(department)
			.orElseThrow(() -> ProblemException.invalid("department", "supervision.notice.department", department));
		String caseNumber = command.caseNumber() == null || command.caseNumber().isBlank() ? null
				: command.caseNumber().strip();
		if (caseNumber != null && ledger.ofCase(caseNumber).stream().noneMatch(b -> b.department().equals(department))) {
			throw ProblemException.invalid("caseNumber", "supervision.notice.case", caseNumber, department);
		}
		int days = command.answerDays() == null ? properties.noticeAnswerDays() : command.answerDays();
		LocalDate today = LocalDate.now(clock);
		Notice notice = store.insert(department, caseNumber, command.subject().strip(), command.body().strip(),
				supervisor.getUsername(), clock.instant(), days, workingDays.calendar().addWorkingDays(today, days),
				today.getYear());
		audit.record(AuditEvent.of("supervision.noticeIssued").on("supervisionNotice", notice.number())
			.by(supervisor.getUsername()).detail("department", department)
			.detail("case", caseNumber == null ? "" : caseNumber).detail("answerDueOn", notice.answerDueOn()));
		messages.issued(notice);
		events.publishEvent(new NoticeIssued(notice));
		return notice;
	}

	/** The department's answer, once; its head or a reviewer gives it. */
	@Transactional
	public Notice answer(UUID id, String answer) {
		StaffMember staff = StaffMember.withAnyRole("supervision.refused.answer", StaffRole.DEPARTMENT_HEAD,
				StaffRole.REVIEWER);
		Notice notice = store.find(id).filter(n -> staff.worksFor(n.department()) || staff.hasRole(StaffRole.SUPERVISOR))
			.orElseThrow(() -> ProblemException.notFound("supervision.notice.notFound"));
		if (!staff.worksFor(notice.department())) {
			throw ProblemException.forbidden("supervision.refused.answer");
		}
		if (answer == null || answer.isBlank() || answer.strip().length() > 2000) {
			throw ProblemException.invalid("answer", "supervision.notice.answerMissing");
		}
		Notice answered = store.answer(id, answer.strip(), staff.getUsername(), clock.instant())
			.orElseThrow(() -> ProblemException.conflict("supervision.notice.answered", notice.number()));
		audit.record(AuditEvent.of("supervision.noticeAnswered").on("supervisionNotice", notice.number())
			.by(staff.getUsername()).detail("department", notice.department())
			.detail("late", answered.answeredLate(clock.getZone())));
		messages.answered(answered);
		return answered;
	}

	/** One notice, for supervisors and the department's staff. */
	@Transactional
	public Notice get(UUID id) {
		StaffMember staff = StaffMember.signedIn("supervision.refused.staffOnly");
		Notice notice = store.find(id).filter(n -> staff.worksFor(n.department()) || staff.hasRole(StaffRole.SUPERVISOR))
			.orElseThrow(() -> ProblemException.notFound("supervision.notice.notFound"));
		audit.record(AuditEvent.of("supervision.noticeRead").on("supervisionNotice", notice.number())
			.by(staff.getUsername()));
		return notice;
	}

	/** Newest first: every department's for supervisors, the reader's own department's for its staff. */
	@Transactional(readOnly = true)
	public List<Notice> list(boolean openOnly, int page) {
		StaffMember staff = StaffMember.signedIn("supervision.refused.staffOnly");
		String department = staff.hasRole(StaffRole.SUPERVISOR) ? null : staff.departmentCode().toUpperCase(Locale.ROOT);
		return store.list(department, openOnly, Math.max(0, page), 50);
	}

	/** What supervision told the reader: the supervisors' alerts, or the department heads'. */
	@Transactional(readOnly = true)
	public List<Alert> alerts() {
		StaffMember staff = StaffMember.withAnyRole("supervision.refused.board", StaffRole.SUPERVISOR,
				StaffRole.DEPARTMENT_HEAD);
		return alerts.latest(staff.hasRole(StaffRole.SUPERVISOR) ? null
				: staff.departmentCode().toUpperCase(Locale.ROOT), 20);
	}
}
