package org.govhall.identity.internal.oidc;

import java.util.TreeSet;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;

/** Every consent a person gives a department system, and every withdrawal, goes into the audit trail. */
final class AuditedConsents implements OAuth2AuthorizationConsentService {

	private final OAuth2AuthorizationConsentService store;

	private final AuditTrail audit;

	AuditedConsents(OAuth2AuthorizationConsentService store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@Override
	public void save(OAuth2AuthorizationConsent consent) {
		store.save(consent);
		audit.record(AuditEvent.of("person.consentGiven").on("oidc-client", consent.getRegisteredClientId())
			.by(consent.getPrincipalName()).detail("scopes", new TreeSet<>(consent.getScopes())));
	}

	@Override
	public void remove(OAuth2AuthorizationConsent consent) {
		store.remove(consent);
		audit.record(AuditEvent.of("person.consentWithdrawn").on("oidc-client", consent.getRegisteredClientId())
			.by(consent.getPrincipalName()));
	}

	@Override
	public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
		return store.findById(registeredClientId, principalName);
	}
}
