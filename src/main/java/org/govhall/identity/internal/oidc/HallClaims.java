package org.govhall.identity.internal.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govhall.identity.CompanyRole;
import org.govhall.identity.StaffPrincipal;
import org.govhall.identity.internal.StaffAccountDetailsService;
import org.govhall.identity.internal.people.CompanyRoles;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.stereotype.Component;

/**
 * What the provider says about a signed-in user, read fresh from the accounts every time (a revoked agent's
 * next token or userinfo answer no longer names the company): subject, name and level of assurance; the identity
 * number only under the {@code id_number} scope; the company acted for, with the role, under {@code company}.
 * Staff get their department and roles.
 */
@Component
class HallClaims {

	static final String SCOPE_ID_NUMBER = "id_number";

	static final String SCOPE_COMPANY = "company";

	static final String SCOPE_EXCHANGE = "exchange";

	private final PersonAccounts people;

	private final CompanyRoles companies;

	private final StaffAccountDetailsService staffAccounts;

	HallClaims(PersonAccounts people, CompanyRoles companies, StaffAccountDetailsService staffAccounts) {
		this.people = people;
		this.companies = companies;
		this.staffAccounts = staffAccounts;
	}

	Map<String, Object> of(OAuth2Authorization authorization, Set<String> scopes) {
		Map<String, Object> claims = new LinkedHashMap<>();
		String name = authorization.getPrincipalName();
		claims.put("sub", name);
		Optional<PersonAccount> person = people.bySubject(name);
		if (person.isPresent()) {
			PersonAccount account = person.get();
			claims.put("acr", account.assurance().acr());
			claims.put("loa", account.assurance().name());
			claims.put("account_type", "person");
			if (scopes.contains("profile")) {
				claims.put("name", account.name());
			}
			if (scopes.contains("phone")) {
				claims.put("phone_number", "+86" + account.mobile());
				claims.put("phone_number_verified", true);
			}
			if (scopes.contains(SCOPE_ID_NUMBER)) {
				claims.put(SCOPE_ID_NUMBER, account.identityNumber());
			}
			if (scopes.contains(SCOPE_COMPANY)) {
				company(authorization, account).ifPresent(role -> {
					// plain JDK collections: the claims are stored with the authorization as typed JSON
					Map<String, Object> company = new LinkedHashMap<>();
					company.put("credit_code", role.creditCode());
					company.put("name", role.companyName());
					company.put("role", role.role());
					claims.put("company", company);
				});
			}
			return claims;
		}
		try {
			StaffPrincipal staff = (StaffPrincipal) staffAccounts.loadUserByUsername(name);
			claims.put("account_type", "staff");
			if (scopes.contains("profile")) {
				claims.put("name", staff.displayName());
				claims.put("department", staff.departmentCode());
				claims.put("roles", new java.util.ArrayList<>(staff.roles().stream().map(Enum::name).sorted().toList()));
			}
		}
		catch (UsernameNotFoundException gone) {
			// a machine client (client credentials) or a deleted account: the subject alone
		}
		return claims;
	}

	private Optional<CompanyRole> company(OAuth2Authorization authorization, PersonAccount account) {
		String acting = authorization.getAttribute(HallAuthorizations.ACTING_COMPANY);
		if (acting == null) {
			return Optional.empty();
		}
		return companies.in(account.id(), Long.parseLong(acting));
	}
}
