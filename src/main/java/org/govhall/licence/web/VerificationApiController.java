package org.govhall.licence.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govhall.licence.LicenceVerification;
import org.govhall.licence.Verification;
import org.govhall.licence.internal.IssuerKeys;
import org.govhall.licence.internal.LicenceProperties;
import org.govhall.licence.internal.StatusLists;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification for everybody (核验): a credential, a QR code's content or an identifier answers valid, revoked,
 * suspended, expired, tampered or unknown with a reason; the issuers' public keys (JWKS) and the Bitstring Status
 * Lists, for verifiers that work offline, served with caching headers.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licence verification")
class VerificationApiController {

	private final LicenceVerification verification;

	private final IssuerKeys keys;

	private final StatusLists statusLists;

	private final LicenceProperties properties;

	private final MessageSource messages;

	VerificationApiController(LicenceVerification verification, IssuerKeys keys, StatusLists statusLists,
			LicenceProperties properties, MessageSource messages) {
		this.verification = verification;
		this.keys = keys;
		this.statusLists = statusLists;
		this.properties = properties;
		this.messages = messages;
	}

	/** What is presented: exactly one of a credential, a QR code's content or an identifier. */
	record Presented(String credential, String qr, String identifier) {
	}

	/** The answer, with its outcome and reason in the reader's language. */
	record Answer(Verification.Outcome outcome, String label, String reason, String identifier, String typeName,
			String issuer, Map<String, String> disclosed) {
	}

	/** A key rotation's reason. */
	record Rotation(String reason) {
	}

	@PostMapping("/verification")
	@Operation(summary = "Verify a licence: a credential (vc+jwt), a QR code's content or an identifier",
			description = "Answers VALID, REVOKED, SUSPENDED, EXPIRED, TAMPERED (a changed byte, a wrong key) or UNKNOWN "
					+ "with a reason, and what the presented form discloses (an identifier alone shows the holder masked). "
					+ "Open to everybody, no CSRF token needed; the holder sees each verification of their licence.")
	Answer verify(@RequestBody Presented presented, Locale locale) {
		String given = presented.credential() != null ? presented.credential()
				: presented.qr() != null ? presented.qr() : presented.identifier();
		if (given == null || given.isBlank()) {
			throw ProblemException.invalid("credential", "licence.verification.nothing");
		}
		Verification v = verification.verify(given);
		return new Answer(v.outcome(), messages.getMessage(v.outcome().labelKey(), null, locale),
				messages.getMessage(v.reasonKey(), null, locale), v.identifier(), v.typeName(), v.issuer(),
				v.disclosed());
	}

	@GetMapping(path = "/jwks", produces = { "application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "The issuers' public keys (JWKS), every key ever used, for offline verification")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.contentType(MediaType.APPLICATION_JSON).body(keys.publicKeys());
	}

	@GetMapping(path = "/status/{purpose}", produces = { "application/vc+jwt", MediaType.ALL_VALUE })
	@Operation(summary = "A Bitstring Status List credential (revocation or suspension), with ETag and max-age")
	ResponseEntity<String> statusList(@PathVariable String purpose,
			@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
		if (!StatusLists.PURPOSES.contains(purpose)) {
			throw ProblemException.notFound("licence.status.noList", purpose);
		}
		StatusLists.Published list = statusLists.credential(purpose);
		CacheControl cache = CacheControl.maxAge(properties.statusListMaxAge()).cachePublic();
		if (list.etag().equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(list.etag()).cacheControl(cache).build();
		}
		return ResponseEntity.ok().eTag(list.etag()).cacheControl(cache).contentType(Downloads.VC_JWT)
			.body(list.jws());
	}

	@PostMapping("/keys/{department}/rotation")
	@StaffOnly(StaffRole.ADMINISTRATOR)
	@Operation(summary = "Rotate a department's signing key (administrators); licences signed earlier keep verifying")
	Map<String, String> rotate(@PathVariable String department, @RequestBody Rotation rotation) {
		if (rotation.reason() == null || rotation.reason().isBlank()) {
			throw ProblemException.invalid("reason", "licence.key.reason");
		}
		return Map.of("kid", keys.rotate(department.toUpperCase(Locale.ROOT), rotation.reason().strip()));
	}
}
