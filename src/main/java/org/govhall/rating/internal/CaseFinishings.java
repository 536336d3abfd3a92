package org.govhall.rating.internal;

import java.time.Instant;

import org.govhall.casework.CaseFinished;
import org.govhall.casework.CaseStatus;
import org.govhall.casework.FinishedCases;
import org.govhall.identity.Applicants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens every finished case for its applicant's rating (a withdrawn one has nothing to rate) and texts the applicant
 * the signed link to rate it without signing in. Heard after the case's commit, in a transaction of its own, from
 * the event publication registry; heard twice, it opens the case and texts once.
 */
@Component
class CaseFinishings {

	private static final Logger log = LoggerFactory.getLogger(CaseFinishings.class);

	private final FinishedCases finished;

	private final RatingStore store;

	private final RatingLinks links;

	private final RatingProperties properties;

	private final Applicants applicants;

	CaseFinishings(FinishedCases finished, RatingStore store, RatingLinks links, RatingProperties properties,
			Applicants applicants) {
		this.finished = finished;
		this.store = store;
		this.links = links;
		this.properties = properties;
		this.applicants = applicants;
	}

	@ApplicationModuleListener
	void on(CaseFinished event) {
		if (event.outcome() == CaseStatus.WITHDRAWN) {
			return;
		}
		finished.find(event.facts().caseNumber()).ifPresent(c -> {
			Instant expires = c.finishedAt().plus(properties.linkValidFor());
			if (store.open(c, expires) && c.personAccount() > 0) {
				String link = properties.publicUrl() + "/ratings/r/" + links.token(c.caseNumber(), expires);
				applicants.textTo(c.personAccount(), "【政务服务】您的办件 " + c.caseNumber() + "（" + c.itemName()
						+ "）已办结，欢迎评价：" + link);
				log.debug("case {} open for rating", c.caseNumber());
			}
		});
	}
}
