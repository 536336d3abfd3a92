package org.govhall.licence;

import java.util.Map;

/**
 * The answer of a verification (核验).
 *
 * @param outcome valid, revoked, suspended, expired, tampered or unknown
 * @param reasonKey message key of the reason in words
 * @param identifier the licence's identifier, when one was found
 * @param typeName the licence type's name, when known
 * @param issuer the issuing department's name, when known
 * @param disclosed what the presented form discloses of the holder and the licence (masked when only an identifier
 *        was presented)
 */
public record Verification(Outcome outcome, String reasonKey, String identifier, String typeName, String issuer,
		Map<String, String> disclosed) {

	/** What a verifier learns. */
	public enum Outcome {
		VALID, REVOKED, SUSPENDED, EXPIRED, TAMPERED, UNKNOWN;

		public String labelKey() {
			return "licence.verification." + name();
		}
	}

	static Verification of(Outcome outcome, String reason) {
		return new Verification(outcome, "licence.verification.reason." + reason, null, null, null, Map.of());
	}
}
