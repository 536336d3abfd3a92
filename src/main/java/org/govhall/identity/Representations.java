package org.govhall.identity;

import java.util.List;
import java.util.Optional;

import org.govhall.identity.internal.people.CompanyRoles;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may act for which company (法人代办), for other modules: the signed-in person's companies, the company the
 * current request acts for (checked against the authorisations on this very request), and whether a person may
 * use a given service for a company.
 */
@Service
public class Representations {

	/** Session attribute: the company account the person chose to act for (checked again on every request). */
	public static final String ACTING_COMPANY = "govhall.actingCompany";

	/** Request attribute set when the chosen company's authorisation ended since the last request. */
	public static final String ACTING_ENDED = "govhall.actingEnded";

	/** Request attribute with the {@link CompanyRole} the current request acts under. */
	public static final String ACTING_ROLE = Representations.class.getName() + ".role";

	private final CompanyRoles companies;

	Representations(CompanyRoles companies) {
		this.companies = companies;
	}

	/** The signed-in person's companies. */
	public List<CompanyRole> mine() {
		return person().map(p -> companies.of(p.accountId())).orElse(List.of());
	}

	/** A person's companies: for a window clerk registering an application for the person present. */
	public List<CompanyRole> of(long personAccountId) {
		return companies.of(personAccountId);
	}

	/** The company the current request acts for, if the person chose one and may still act for it. */
	public Optional<CompanyRole> acting() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object role = attributes == null ? null : attributes.getAttribute(ACTING_ROLE, RequestAttributes.SCOPE_REQUEST);
		return role instanceof CompanyRole r ? Optional.of(r) : Optional.empty();
	}

	/** Whether a person may use a service for a company right now. */
	public boolean mayActFor(long personAccountId, long companyId, String serviceCode) {
		return companies.in(personAccountId, companyId).filter(r -> r.covers(serviceCode)).isPresent();
	}

	private static Optional<PersonPrincipal> person() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof PersonPrincipal p ? Optional.of(p) : Optional.empty();
	}
}
