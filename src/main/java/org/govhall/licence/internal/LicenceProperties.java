package org.govhall.licence.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of electronic licences ({@code govhall.licence.*}).
 *
 * @param publicUrl the hall's address as the public reaches it: credentials name their issuers, status lists and
 *        verification page under it, and the printed QR code leads there — it must not change once licences exist
 * @param algorithm the signature of new credentials: {@code ES256} (ECDSA P-256, the default) or {@code EdDSA}
 *        (Ed25519) or {@code SM2} (SM2 with SM3, for deployments that must use national algorithms)
 * @param longestShare the longest a holder's share link may live
 * @param statusListMaxAge how long verifiers may cache a status list
 */
@ConfigurationProperties("govhall.licence")
public record LicenceProperties(@DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("ES256") String algorithm, @DefaultValue("30d") Duration longestShare,
		@DefaultValue("5m") Duration statusListMaxAge) {

	public LicenceProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		if (!java.util.Set.of("ES256", "EdDSA", "SM2").contains(algorithm)) {
			throw new IllegalArgumentException("govhall.licence.algorithm is ES256, EdDSA or SM2, not " + algorithm);
		}
	}

	/** The issuer identifier of a department (or of the hall, for the status lists). */
	public String issuerId(String department) {
		return publicUrl + "/licences/issuers/" + department;
	}

	/** The public verification page of a licence: the printed QR code's content. */
	public String verificationUrl(String identifier) {
		return publicUrl + "/licences/verify?id=" + identifier;
	}

	/** The status list credential of a purpose ({@code revocation} or {@code suspension}). */
	public String statusListUrl(String purpose) {
		return publicUrl + "/api/v1/licences/status/" + purpose;
	}
}
