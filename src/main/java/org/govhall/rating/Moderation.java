package org.govhall.rating;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import org.govhall.rating.internal.PersonalData;
import org.govhall.rating.internal.RatingStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation of comments (评价内容审核) by the supervisors (效能督查), who stand outside the departments rated:
 * each comment waits until one publishes it — with the applicant's identity and mobile numbers, other phone numbers,
 * e-mail addresses and name masked — or rejects it. Only published text ever reaches the public page.
 */
@Service
public class Moderation {

	private final RatingStore store;

	private final AuditTrail audit;

	private final InstantSource clock;

	Moderation(RatingStore store, AuditTrail audit, InstantSource clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A comment awaiting moderation, with the text as it would be published.
	 *
	 * @param caseNumber the case
	 * @param itemName the item
	 * @param department the lead department's code
	 * @param stars the rating's stars
	 * @param comment the comment as written
	 * @param masked the comment as it would be published
	 * @param ratedAt when
	 */
	public record PendingComment(String caseNumber, String itemName, String department, int stars, String comment,
			String masked, Instant ratedAt) {
	}

	/** The comments awaiting moderation, oldest first. */
	public List<PendingComment> queue() {
		moderator();
		return store.pendingComments(100).stream().map(Moderation::pending).toList();
	}

	/** Publishes the comment, masked, or rejects it. */
	@Transactional
	public void decide(String caseNumber, boolean publish) {
		StaffMember moderator = moderator();
		RatingStore.PendingComment p = store.pendingComment(caseNumber)
			.orElseThrow(() -> ProblemException.notFound("rating.moderation.unknown", caseNumber));
		String published = publish ? PersonalData.masked(p.comment(), p.applicantName()) : null;
		if (!store.moderate(caseNumber, published, moderator.getUsername(), clock.instant())) {
			throw ProblemException.conflict("rating.moderation.decided", caseNumber);
		}
		audit.record(AuditEvent.of(publish ? "rating.commentPublished" : "rating.commentRejected")
			.on("case", caseNumber).by(moderator.getUsername()));
	}

	private static StaffMember moderator() {
		return StaffMember.withAnyRole("rating.moderation.supervisorsOnly", StaffRole.SUPERVISOR);
	}

	private static PendingComment pending(RatingStore.PendingComment p) {
		return new PendingComment(p.caseNumber(), p.itemName(), p.department(), p.stars(), p.comment(),
				PersonalData.masked(p.comment(), p.applicantName()), p.ratedAt());
	}
}
