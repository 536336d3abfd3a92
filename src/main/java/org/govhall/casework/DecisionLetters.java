package org.govhall.casework;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.documents.PdfDocuments;
import org.govhall.shared.organisation.DepartmentNames;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;

/**
 * The decision letter (决定书) of a finished case as a PDF in Chinese (or English for information): granted, refused
 * with each department's reason and legal basis, or not accepted, with the applicant's remedies. Whoever may read
 * the case may download it; a withdrawn or unfinished case has none.
 */
@Service
public class DecisionLetters {

	private final Cases cases;

	private final PdfDocuments documents;

	private final DepartmentNames departments;

	private final AuditTrail audit;

	private final Clock clock;

	DecisionLetters(Cases cases, PdfDocuments documents, DepartmentNames departments, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.departments = departments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The letter's PDF, in the language of {@code locale}. */
	public byte[] pdf(String number, Locale locale) {
		CaseFile file = cases.get(number);
		CaseStatus status = file.summary().status();
		if (!status.finished() || status == CaseStatus.WITHDRAWN || file.summary().finishedAt() == null) {
			throw ProblemException.conflict("casework.decision.notYet");
		}
		Map<String, String> names = departments.all(locale);
		List<String> deciders = file.branches().stream()
			.filter(b -> b.status() == BranchStatus.APPROVED || b.status() == BranchStatus.REFUSED
					|| b.status() == BranchStatus.NOT_ACCEPTED)
			.map(b -> names.getOrDefault(b.department().toUpperCase(Locale.ROOT), b.department()))
			.distinct().toList();
		DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
		byte[] pdf = documents.render("casework/decision-pdf", Map.of("file", file, "departments", names,
				"deciders", deciders, "decidedOn", day.format(file.summary().finishedAt().atZone(clock.getZone())),
				"generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(clock.getZone()))),
				locale);
		audit.record(AuditEvent.of("casework.decisionLetterIssued").on("case", number).detail("status", status)
			.detail("bytes", pdf.length));
		return pdf;
	}
}
