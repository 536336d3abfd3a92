package org.govhall.identity.internal.oidc;

import java.util.Map;
import java.util.TreeSet;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.stereotype.Component;

/**
 * Every access token the provider issues goes into the audit trail (单点登录审计): which department system, for
 * whom (the person's subject, the staff member, or the system itself for client credentials), by which grant,
 * with which scopes, and for which company when the person acts for one.
 */
@Component
class TokenIssuanceAudit {

	private final AuditTrail audit;

	TokenIssuanceAudit(AuditTrail audit) {
		this.audit = audit;
	}

	void record(JwtEncodingContext context, Map<String, Object> claims) {
		String clientId = context.getRegisteredClient().getClientId();
		AuthorizationGrantType grant = context.getAuthorizationGrantType();
		boolean machine = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(grant) || context.getAuthorization() == null;
		String subject = machine ? clientId : context.getAuthorization().getPrincipalName();
		AuditEvent event = AuditEvent.of("identity.tokenIssued").on("oidc-client", clientId).by(subject)
			.detail("grant", grant == null ? "" : grant.getValue())
			.detail("scopes", new TreeSet<>(context.getAuthorizedScopes()))
			.detail("subjectType", machine ? "client" : String.valueOf(claims.getOrDefault("account_type", "")));
		if (claims.get("company") instanceof Map<?, ?> company && company.get("credit_code") != null) {
			event = event.actingFor(company.get("credit_code").toString());
		}
		audit.record(event);
	}
}
