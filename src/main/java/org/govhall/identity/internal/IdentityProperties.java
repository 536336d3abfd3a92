package org.govhall.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of unified identity ({@code govhall.identity.*}).
 *
 * @param verificationDepartment the department whose grants the real-name and company checks use (the data
 * bureau runs unified identity)
 * @param sms {@code development} keeps texts in a table and the log; a real gateway replaces it in production
 * @param issuer the OIDC issuer URL; empty means "as the request arrived" (fine for one host name)
 * @param staffSecondFactor {@code optional}: staff who enrolled a TOTP authenticator must use it; {@code required}:
 * every staff member must enrol at their next sign-in
 * @param accessTokenLifetime how long an access token lives
 * @param retiredKeyGrace how long a retired signing key stays in the JWKS so that tokens it signed still verify
 * @param codesPerAddressPerHour how many one-time codes one client address may ask for in an hour
 * @param signInsPerAddress how many sign-in attempts one client address may make in ten minutes
 */
@ConfigurationProperties("govhall.identity")
public record IdentityProperties(@DefaultValue("SJJ") String verificationDepartment,
		@DefaultValue("development") String sms, @DefaultValue("") String issuer,
		@DefaultValue("optional") String staffSecondFactor, @DefaultValue("PT10M") Duration accessTokenLifetime,
		@DefaultValue("P1D") Duration retiredKeyGrace, @DefaultValue("30") int codesPerAddressPerHour,
		@DefaultValue("60") int signInsPerAddress) {

	public boolean secondFactorRequired() {
		return "required".equalsIgnoreCase(staffSecondFactor);
	}
}
