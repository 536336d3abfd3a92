package org.govhall.rating.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.govhall.shared.crypto.SecretBox;
import org.govhall.shared.web.ProblemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed links of the text message that let an applicant rate a case without signing in:
 * {@code base64url(case number "." expiry)} {@code "."} {@code base64url(HMAC-SHA256)}, under a key generated on
 * first use and kept sealed under the hall's key-encryption key ({@link SecretBox}), the same on every node. A link
 * names its case and its last instant; it is of one use because a case is rated once.
 */
@Component
public class RatingLinks {

	private static final String CONTEXT = "rating_link_key:1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final InstantSource clock;

	private volatile SecretKeySpec key;

	RatingLinks(JdbcClient jdbc, SecretBox box, InstantSource clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
	}

	/** The token of a link to rate the case until {@code expiresAt}. */
	public String token(String caseNumber, Instant expiresAt) {
		String payload = caseNumber + "." + expiresAt.getEpochSecond();
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The case a token names; refused with 404 if forged, altered or expired. */
	public String caseOf(String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot < 1) {
			throw ProblemException.notFound("rating.link.invalid");
		}
		String payload;
		byte[] presented;
		try {
			payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException malformed) {
			throw ProblemException.notFound("rating.link.invalid");
		}
		int last = payload.lastIndexOf('.');
		if (last < 1 || !MessageDigest.isEqual(mac(payload), presented)) {
			throw ProblemException.notFound("rating.link.invalid");
		}
		long expires;
		try {
			expires = Long.parseLong(payload.substring(last + 1));
		}
		catch (NumberFormatException malformed) {
			throw ProblemException.notFound("rating.link.invalid");
		}
		if (clock.instant().isAfter(Instant.ofEpochSecond(expires))) {
			throw ProblemException.notFound("rating.link.expired");
		}
		return payload.substring(0, last);
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	/** The key, made by whichever node needs it first. */
	private SecretKeySpec key() {
		SecretKeySpec k = key;
		if (k == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("insert into rating_link_key (id, sealed_key, created_at) values (1, ?, ?) on conflict (id) do nothing")
				.params(box.seal(Base64.getEncoder().encodeToString(fresh), CONTEXT), Timestamp.from(clock.instant()))
				.update();
			String sealed = jdbc.sql("select sealed_key from rating_link_key where id = 1").query(String.class).single();
			k = new SecretKeySpec(Base64.getDecoder().decode(box.open(sealed, CONTEXT)), "HmacSHA256");
			key = k;
		}
		return k;
	}
}
