package org.govhall.identity.internal;

import org.govhall.identity.internal.oidc.SigningKeys;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seals, at start, the signing keys and authenticator secrets a hall wrote in clear before secrets were sealed
 * at rest (ADR 0008), then reads the signing keys once, so that a hall started with the wrong key-encryption
 * key stops at once. Reading never depended on sealing: a plain row is read as it is until sealed.
 */
@Component
@Order(1)
class PlainSecretsAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlainSecretsAtStart.class);

	private final SigningKeys keys;

	private final StaffSecondFactor secondFactor;

	private final AuditTrail audit;

	PlainSecretsAtStart(SigningKeys keys, StaffSecondFactor secondFactor, AuditTrail audit) {
		this.keys = keys;
		this.secondFactor = secondFactor;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		seal();
		// fail the start, not the first sign-in, when the keys were sealed under another key-encryption key
		keys.activeKid();
	}

	/** Seals what is still plain; answers how many rows. */
	int seal() {
		int signingKeys = keys.sealPlainKeys();
		int authenticators = secondFactor.sealPlainSecrets();
		if (signingKeys + authenticators > 0) {
			log.info("Sealed {} signing keys and {} authenticator secrets stored in clear", signingKeys, authenticators);
			audit.record(AuditEvent.of("identity.secretsSealed").by(AuditTrail.SYSTEM)
				.detail("signingKeys", signingKeys).detail("authenticatorSecrets", authenticators));
		}
		return signingKeys + authenticators;
	}
}
