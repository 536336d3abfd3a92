package org.govhall.rating.internal;

import java.util.Locale;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.rating.RatedCase;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A case open for rating as its readers see it: with its rating, its follow-up and its department's name. */
@Component
public class RatedCaseViews {

	private final RatingStore store;

	private final OrganisationDirectory directory;

	RatedCaseViews(RatingStore store, OrganisationDirectory directory) {
		this.store = store;
		this.directory = directory;
	}

	public RatedCase of(RatingStore.CaseRow c) {
		return new RatedCase(c.number(), c.item(), c.itemName(), c.department(), departmentName(c.department()),
				c.outcome(), c.finishedAt(), store.rating(c.number()).orElse(null),
				store.followUp(c.number()).orElse(null));
	}

	/** The department's name in the reader's language (its code if the directory does not know it). */
	public String departmentName(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return directory.departmentByCode(code).map(d -> d.name(locale)).orElse(code);
	}

}
