package org.govhall.licence.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.govhall.licence.IssueLicence;
import org.govhall.licence.Licence;
import org.govhall.licence.LicenceStatus;
import org.govhall.licence.LicenceUse;
import org.govhall.licence.Licences;
import org.govhall.shared.security.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Licences over the API (电子证照): a holder's own (and their companies'), or for staff their department's
 * register; one licence, its credential and its print; share links, uses; issuing by hand and status changes.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "Licences")
class LicenceApiController {

	private final Licences licences;

	LicenceApiController(Licences licences) {
		this.licences = licences;
	}

	/** How long a share link lives. */
	record ShareRequest(int days) {
	}

	/** A status change with its reason. */
	record StatusChange(LicenceStatus status, String reason) {
	}

	@GetMapping
	@Operation(summary = "My licences (citizens: mine and my companies'; staff: my department's register)")
	List<Licence> list(@RequestParam(required = false) String holder, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return StaffMember.current().isPresent() ? licences.ofDepartment(holder, page, size) : licences.mine();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One licence with the standard's metadata")
	Licence get(@PathVariable UUID id) {
		return licences.get(id);
	}

	@GetMapping(path = "/{id}/credential", produces = { "application/vc+jwt", MediaType.ALL_VALUE })
	@Operation(summary = "The licence as a W3C Verifiable Credential (compact JWS, typ vc+jwt), for its holder")
	ResponseEntity<String> credential(@PathVariable UUID id) {
		return Downloads.attachment(Downloads.VC_JWT, id + ".jwt", licences.credential(id));
	}

	@GetMapping(path = "/{id}/pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE })
	@Operation(summary = "The printable licence (PDF with the QR code of its verification page)")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		Licences.Rendition pdf = licences.pdf(id, locale);
		return Downloads.attachment(MediaType.APPLICATION_PDF, pdf.fileName(), pdf.content());
	}

	@GetMapping(path = "/{id}/ofd", produces = { "application/ofd", MediaType.ALL_VALUE })
	@Operation(summary = "The licence as OFD (GB/T 33190), the Chinese format for archived and printed documents")
	ResponseEntity<byte[]> ofd(@PathVariable UUID id, Locale locale) {
		Licences.Rendition ofd = licences.ofd(id, locale);
		return Downloads.attachment(Downloads.OFD, ofd.fileName(), ofd.content());
	}

	@GetMapping("/{id}/uses")
	@Operation(summary = "Every use of my licence (用证记录): who, when, how, for which case")
	List<LicenceUse> uses(@PathVariable UUID id) {
		return licences.uses(id);
	}

	@PostMapping("/{id}/shares")
	@Operation(summary = "A link for someone else to see my licence until it expires")
	ResponseEntity<Licences.Share> share(@PathVariable UUID id, @RequestBody ShareRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(licences.share(id, request.days()));
	}

	@PostMapping
	@Operation(summary = "Issue a licence by hand, with a reason (a reviewer or the head of the issuing department)")
	ResponseEntity<Licence> issue(@Valid @RequestBody IssueLicence command) {
		return ResponseEntity.status(HttpStatus.CREATED).body(licences.issue(command));
	}

	@PostMapping("/{id}/status")
	@Operation(summary = "Suspend (SUSPENDED), reinstate (VALID) or revoke (REVOKED), with a reason (head of the issuing department)")
	Licence status(@PathVariable UUID id, @RequestBody StatusChange change) {
		return licences.changeStatus(id, change.status(), change.reason());
	}
}
