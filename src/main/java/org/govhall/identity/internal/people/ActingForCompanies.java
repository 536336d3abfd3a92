package org.govhall.identity.internal.people;

import org.govhall.identity.Assurance;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.CompanyRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.stereotype.Service;

/**
 * A person starts acting "as" a company (以法人身份办事): only in a role they hold, at level 已实名核验, and only once
 * the binding has been checked against the legal-person register again. When the register no longer names the
 * legal representative, or the company is no longer active, the binding ends (and the agents the representative
 * authorised are suspended) and the person is told why; when the register cannot answer, a binding confirmed
 * within the last day still counts.
 */
@Service
public class ActingForCompanies {

	private final CompanyRoles roles;

	private final RepresentativeChecks checks;

	private final Assurance assurance;

	ActingForCompanies(CompanyRoles roles, RepresentativeChecks checks, Assurance assurance) {
		this.roles = roles;
		this.checks = checks;
		this.assurance = assurance;
	}

	public CompanyRole start(long personId, long companyId) {
		assurance.require(personId, AssuranceLevel.REAL_NAME);
		CompanyRole role = roles.in(personId, companyId)
			.orElseThrow(() -> ProblemException.forbidden("identity.company.notYours"));
		RepresentativeChecks.Result check = checks.beforeActing(companyId);
		return switch (check.outcome()) {
			case CONFIRMED -> roles.in(personId, companyId)
				.orElseThrow(() -> ProblemException.forbidden("identity.company.notYours"));
			case ENDED -> throw ProblemException.conflict(role.legalRepresentative()
					? "identity.company.ended." + check.reason() : "identity.agent.suspended",
					role.companyName(), String.valueOf(check.registerStatus()));
			case UNAVAILABLE -> {
				if (!check.recentlyConfirmed()) {
					throw RegisterUnavailable.problem();
				}
				yield role;
			}
		};
	}
}
