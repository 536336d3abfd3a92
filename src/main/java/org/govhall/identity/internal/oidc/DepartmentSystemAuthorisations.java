package org.govhall.identity.internal.oidc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What department systems hold for a person through the OIDC provider (codes, access and refresh tokens). When
 * the person's credentials change, every one of them ends: a refresh token no longer refreshes and an access
 * token no longer reads userinfo. The consents stay: the person need not agree again at the next sign-in.
 */
@Service
public class DepartmentSystemAuthorisations {

	private final JdbcClient jdbc;

	DepartmentSystemAuthorisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends every authorisation held for {@code principalName}; answers how many. */
	@Transactional
	public int endAll(String principalName) {
		return jdbc.sql("delete from oauth2_authorization where principal_name = ?").param(principalName).update();
	}
}
