package org.govhall.shared.crypto;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets are sealed with AES-256-GCM: they open again only unaltered, under the same key, for the same row. */
class SecretBoxTests {

	private static final String JWK = "{\"kty\":\"RSA\",\"d\":\"private-exponent\",\"kid\":\"k1\"}";

	private final SecretBox box = new SecretBox(key(1));

	@Test
	void a_sealed_secret_opens_to_what_was_sealed_and_shows_nothing_of_it() {
		String sealed = box.seal(JWK, "identity_signing_key:k1");
		assertThat(sealed).startsWith(SecretBox.PREFIX + box.fingerprint() + ":").doesNotContain("kty", "private");
		assertThat(SecretBox.isSealed(sealed)).isTrue();
		assertThat(box.open(sealed, "identity_signing_key:k1")).isEqualTo(JWK);
		assertThat(box.seal(JWK, "identity_signing_key:k1")).as("a fresh nonce every time").isNotEqualTo(sealed);
	}

	@Test
	void a_tampered_cipher_text_is_refused() {
		String sealed = box.seal(JWK, "identity_signing_key:k1");
		int at = sealed.lastIndexOf(':') + 1;
		byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(at));
		raw[raw.length / 2] ^= 0x01;
		String tampered = sealed.substring(0, at) + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		assertThatThrownBy(() -> box.open(tampered, "identity_signing_key:k1"))
			.isInstanceOf(SecretBoxException.class).hasMessageContaining("altered");
		assertThatThrownBy(() -> box.open(sealed.substring(0, sealed.length() - 4), "identity_signing_key:k1"))
			.isInstanceOf(SecretBoxException.class);
	}

	@Test
	void a_secret_moved_to_another_row_or_opened_under_another_key_is_refused() {
		String sealed = box.seal(JWK, "identity_signing_key:k1");
		assertThatThrownBy(() -> box.open(sealed, "identity_signing_key:k2")).isInstanceOf(SecretBoxException.class);
		assertThatThrownBy(() -> new SecretBox(key(2)).open(sealed, "identity_signing_key:k1"))
			.isInstanceOf(SecretBoxException.class).hasMessageContaining("another key");
	}

	@Test
	void plain_values_from_before_sealing_are_read_as_they_are() {
		assertThat(SecretBox.isSealed(JWK)).isFalse();
		assertThat(box.openOrPlain(JWK, "identity_signing_key:k1")).isEqualTo(JWK);
		assertThatThrownBy(() -> box.open(JWK, "identity_signing_key:k1")).isInstanceOf(SecretBoxException.class);
	}

	@Test
	void only_a_256_bit_key_is_accepted() {
		assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

	static byte[] key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}
}
