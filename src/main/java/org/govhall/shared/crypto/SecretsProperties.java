package org.govhall.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hall's key-encryption key ({@code govhall.secrets.key}, environment {@code GOVHALL_SECRETS_KEY}): 32 random
 * bytes in base64, e.g. from {@code openssl rand -base64 32}. Empty: a demo hall generates one under its data
 * directory; the {@code prod} profile refuses to start.
 *
 * @param key the base64 of the 32-byte AES-256 key
 */
@ConfigurationProperties("govhall.secrets")
public record SecretsProperties(String key) {

	@Override
	public String toString() {
		return "SecretsProperties[key=" + (key == null || key.isBlank() ? "(none)" : "(set)") + "]";
	}
}
