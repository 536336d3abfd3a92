package org.govhall.licence;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.govhall.licence.internal.Credentials;
import org.govhall.licence.internal.LicenceStore;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.security.StaffMember;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Verification (核验) for anyone, signed in or not: of a presented credential (vc+jwt) — its signature against the
 * issuers' published keys, its validity period and its status — or of a QR code's content or a bare identifier,
 * looked up in the register. A credential discloses what it holds; an identifier alone shows the holder masked.
 * Every verification of a known licence is recorded for its holder to see.
 */
@Service
public class LicenceVerification {

	private final Credentials credentials;

	private final LicenceStore store;

	private final Clock clock;

	private final java.time.ZoneId zone;

	LicenceVerification(Credentials credentials, LicenceStore store, Clock clock, GovHallProperties hall) {
		this.credentials = credentials;
		this.store = store;
		this.clock = clock;
		this.zone = hall.zone();
	}

	/** Verifies a credential, a QR code's content (the verification page's address) or an identifier. */
	@Transactional
	public Verification verify(String presented) {
		String text = presented == null ? "" : presented.strip();
		if (text.isEmpty()) {
			return Verification.of(Verification.Outcome.UNKNOWN, "empty");
		}
		if (text.chars().filter(c -> c == '.').count() == 2 && text.startsWith("ey")) {
			return credential(text);
		}
		return identifier(identifierIn(text));
	}

	private Verification credential(String jws) {
		Credentials.Read read = credentials.read(jws);
		if (!read.ok()) {
			Verification.Outcome outcome = switch (read.failure()) {
				case "signature", "issuer" -> Verification.Outcome.TAMPERED;
				default -> Verification.Outcome.UNKNOWN;
			};
			return Verification.of(outcome, read.failure());
		}
		Map<String, Object> vc = read.credential();
		Map<String, Object> subject = map(vc.get("credentialSubject"));
		Map<String, Object> licence = map(subject.get("licence"));
		String identifier = String.valueOf(licence.get("identifier"));
		Optional<LicenceStore.Row> row = store.byIdentifier(identifier);
		if (row.isEmpty()) {
			return Verification.of(Verification.Outcome.UNKNOWN, "notInRegister");
		}
		Map<String, String> disclosed = new LinkedHashMap<>();
		disclosed.put("holderName", String.valueOf(subject.get("name")));
		disclosed.put("holderCode", String.valueOf(subject.get("code")));
		disclosed.put("number", String.valueOf(licence.get("number")));
		disclosed.put("issuedOn", String.valueOf(licence.get("issuedOn")));
		Object until = vc.get("validUntil");
		if (until != null) {
			disclosed.put("validUntil", OffsetDateTime.parse(String.valueOf(until)).toLocalDate().minusDays(1).toString());
		}
		map(licence.get("fields")).forEach((k, v) -> disclosed.put("fields." + k, String.valueOf(v)));
		boolean expired = until != null && !clock.instant().isBefore(OffsetDateTime.parse(String.valueOf(until)).toInstant());
		return answer(row.get(), expired, "credential", disclosed);
	}

	private Verification identifier(String text) {
		Optional<LicenceIdentifier> parsed = LicenceIdentifier.parse(text);
		if (parsed.isEmpty()) {
			return Verification.of(Verification.Outcome.UNKNOWN, "identifier");
		}
		Optional<LicenceStore.Row> row = store.byIdentifier(parsed.get().toString());
		if (row.isEmpty()) {
			return Verification.of(Verification.Outcome.UNKNOWN, "notFound");
		}
		if (!credentials.read(row.get().credential()).ok()) {
			return Verification.of(Verification.Outcome.TAMPERED, "register");
		}
		var l = row.get().licence();
		Map<String, String> disclosed = new LinkedHashMap<>();
		disclosed.put("holderName", l.holderKind() == HolderKind.COMPANY ? l.holderName() : masked(l.holderName()));
		disclosed.put("holderCode", l.holderKind() == HolderKind.COMPANY ? l.holderCode() : masked(l.holderCode()));
		disclosed.put("number", l.holderKind() == HolderKind.COMPANY ? l.number() : masked(l.number()));
		disclosed.put("issuedOn", l.issuedOn().toString());
		if (l.validUntil() != null) {
			disclosed.put("validUntil", l.validUntil().toString());
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		return answer(row.get(), l.validUntil() != null && today.isAfter(l.validUntil()), "identifier", disclosed);
	}

	private Verification answer(LicenceStore.Row row, boolean expired, String how, Map<String, String> disclosed) {
		Verification.Outcome outcome = switch (row.status()) {
			case "REVOKED" -> Verification.Outcome.REVOKED;
			case "SUSPENDED" -> Verification.Outcome.SUSPENDED;
			default -> expired ? Verification.Outcome.EXPIRED : Verification.Outcome.VALID;
		};
		String verifier = StaffMember.current().map(s -> s.departmentCode() + " · " + s.getUsername()).orElse("公众核验");
		store.recordUse(row.licence().id(), "VERIFIED", verifier, null,
				"credential".equals(how) ? "核验电子证照凭证" : "按电子证照标识核验", clock.instant());
		String reason = outcome == Verification.Outcome.VALID ? how : outcome.name().toLowerCase(java.util.Locale.ROOT);
		return new Verification(outcome, "licence.verification.reason." + reason, row.licence().identifier(),
				row.licence().typeName(), row.licence().issuerName(), disclosed);
	}

	/** The identifier in a verification page's address (a QR code), or the text itself. */
	private static String identifierIn(String text) {
		if (text.startsWith("http://") || text.startsWith("https://")) {
			try {
				String id = UriComponentsBuilder.fromUri(URI.create(text)).build().getQueryParams().getFirst("id");
				return id == null ? text : id;
			}
			catch (IllegalArgumentException e) {
				return text;
			}
		}
		return text;
	}

	/** Masks all but the first and, for longer values, the last character. */
	static String masked(String value) {
		if (value == null || value.length() < 2) {
			return "*";
		}
		int keepEnd = value.length() > 6 ? 4 : 0;
		return value.charAt(0) + "*".repeat(value.length() - 1 - keepEnd) + value.substring(value.length() - keepEnd);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}
}
