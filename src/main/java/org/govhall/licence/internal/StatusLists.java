package org.govhall.licence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.govhall.licence.LicenceStatus;
import org.govhall.shared.GovHallProperties;

import org.springframework.stereotype.Component;

/**
 * The hall's two Bitstring Status Lists (W3C Bitstring Status List v1.0), one for revocation and one for suspension,
 * each a credential signed by the hall: 131,072 bits (the recommended minimum, so that a list hides which licence a
 * verifier asks about), bit {@code i} — counted from the left of the first byte — set when the licence at index
 * {@code i} is revoked (or suspended), GZIP-compressed and multibase base64url-encoded. A list is built again only
 * when a status changed, on whichever node serves it.
 */
@Component
public class StatusLists {

	/** Bits in each list. */
	public static final int SIZE = 131_072;

	/** The purposes, as the lists and the credentials' entries name them. */
	public static final List<String> PURPOSES = List.of("revocation", "suspension");

	private final LicenceStore store;

	private final Credentials credentials;

	private final LicenceProperties properties;

	private final GovHallProperties hall;

	private final Clock clock;

	private final Map<String, Published> built = new ConcurrentHashMap<>();

	StatusLists(LicenceStore store, Credentials credentials, LicenceProperties properties, GovHallProperties hall,
			Clock clock) {
		this.store = store;
		this.credentials = credentials;
		this.properties = properties;
		this.hall = hall;
		this.clock = clock;
	}

	/** A status list credential as served: the compact JWS and its entity tag. */
	public record Published(String jws, String etag, String stamp) {
	}

	/** The status list credential of a purpose ({@code revocation} or {@code suspension}), current. */
	public Published credential(String purpose) {
		LicenceStatus status = switch (purpose) {
			case "revocation" -> LicenceStatus.REVOKED;
			case "suspension" -> LicenceStatus.SUSPENDED;
			default -> throw new IllegalArgumentException("no status list for " + purpose);
		};
		String stamp = store.statusStamp();
		Published known = built.get(purpose);
		if (known != null && known.stamp().equals(stamp)) {
			return known;
		}
		Published fresh = build(purpose, status, stamp);
		built.put(purpose, fresh);
		return fresh;
	}

	private Published build(String purpose, LicenceStatus status, String stamp) {
		byte[] bits = new byte[SIZE / 8];
		for (int index : store.indexesWithStatus(status)) {
			if (index >= 0 && index < SIZE) {
				bits[index / 8] |= (byte) (0x80 >>> (index % 8));
			}
		}
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", properties.statusListUrl(purpose) + "#list");
		subject.put("type", "BitstringStatusList");
		subject.put("statusPurpose", purpose);
		subject.put("encodedList", encode(bits));
		Map<String, Object> vc = new LinkedHashMap<>();
		vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
		vc.put("id", properties.statusListUrl(purpose));
		vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		vc.put("issuer", properties.issuerId(IssuerKeys.HALL));
		vc.put("validFrom", clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(hall.zone())
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		vc.put("credentialSubject", subject);
		String jws = credentials.sign(IssuerKeys.HALL, vc);
		return new Published(jws, "\"" + sha256(jws) + "\"", stamp);
	}

	/** Multibase base64url (no padding) of the GZIP-compressed bits. */
	static String encode(byte[] bits) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bits);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
