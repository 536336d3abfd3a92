package org.govhall.licence;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.govhall.identity.Applicant;
import org.govhall.identity.Applicants;
import org.govhall.identity.CompanyRole;
import org.govhall.identity.PersonPrincipal;
import org.govhall.identity.Representations;
import org.govhall.licence.internal.Issuance;
import org.govhall.licence.internal.LicenceOfd;
import org.govhall.licence.internal.LicencePrints;
import org.govhall.licence.internal.LicenceProperties;
import org.govhall.licence.internal.LicenceStore;
import org.govhall.licence.internal.LicenceTypeStore;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licences for the people they concern: 我的证照 for a holder (their own, and those of the companies they may act
 * for now), one licence with its credential and print, share links that expire, the record of every use; for the
 * issuing department's staff, its register, issuing by hand with a reason, suspending, reinstating and revoking
 * (the head of the department). A licence the reader may not see answers 404.
 */
@Service
public class Licences {

	private final LicenceStore store;

	private final LicenceTypeStore types;

	private final Issuance issuance;

	private final Applicants applicants;

	private final Representations representations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final LicenceProperties properties;

	private final Clock clock;

	private final java.time.ZoneId zone;

	private final LicencePrints prints;

	private final LicenceOfd ofds;

	private final SecureRandom random = new SecureRandom();

	Licences(LicenceStore store, LicenceTypeStore types, Issuance issuance, LicencePrints prints, LicenceOfd ofds,
			Applicants applicants,
			Representations representations, AuditTrail audit, ApplicationEventPublisher events,
			LicenceProperties properties, Clock clock, org.govhall.shared.GovHallProperties hall) {
		this.store = store;
		this.types = types;
		this.issuance = issuance;
		this.prints = prints;
		this.ofds = ofds;
		this.applicants = applicants;
		this.representations = representations;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.zone = hall.zone();
	}

	/** The signed-in person's licences and those of the companies they may act for, newest first. */
	@Transactional(readOnly = true)
	public List<Licence> mine() {
		return store.ofHolders(holderCodes()).stream().map(this::licence).toList();
	}

	/** One licence, for its holder or the issuing department's staff (whose reading is audited and recorded). */
	@Transactional
	public Licence get(UUID id) {
		return licence(readable(id));
	}

	/** The credential (vc+jwt) of a licence, for its holder. */
	@Transactional
	public String credential(UUID id) {
		LicenceStore.Row row = holdersOwn(id);
		store.recordUse(id, "DOWNLOADED", "持证人", null, "下载电子证照（可验证凭证）", clock.instant());
		return row.credential();
	}

	/** The printable licence (PDF with the QR code of its verification page), for whoever may read it. */
	@Transactional
	public Rendition pdf(UUID id, Locale locale) {
		Licence licence = licence(readable(id));
		if (StaffMember.current().isEmpty()) {
			store.recordUse(id, "DOWNLOADED", "持证人", null, "下载电子证照（PDF）", clock.instant());
		}
		return new Rendition(fileName(licence, "pdf"), prints.pdf(licence, typeOf(licence), locale));
	}

	/** A licence rendered as a file: the name to save it under and its bytes. */
	public record Rendition(String fileName, byte[] content) {
	}

	private static String fileName(Licence licence, String extension) {
		return licence.typeName() + "-" + licence.number() + "." + extension;
	}

	/** The licence as OFD (GB/T 33190), for whoever may read it. */
	@Transactional
	public Rendition ofd(UUID id, Locale locale) {
		Licence licence = licence(readable(id));
		if (StaffMember.current().isEmpty()) {
			store.recordUse(id, "DOWNLOADED", "持证人", null, "下载电子证照（OFD）", clock.instant());
		}
		return new Rendition(fileName(licence, "ofd"), ofds.ofd(licence, typeOf(licence), locale));
	}

	/** The QR code (a PNG data URI) of a licence's verification page, for pages showing the licence. */
	public String qrCode(Licence licence) {
		return prints.qr(licence);
	}

	/** The type of a licence, for pages. */
	public LicenceType typeOf(Licence licence) {
		return types.find(licence.typeCode()).orElseThrow();
	}

	/** Every use of a licence, newest first, for its holder. */
	@Transactional(readOnly = true)
	public List<LicenceUse> uses(UUID id) {
		holdersOwn(id);
		return store.uses(id);
	}

	/** A link for someone else to see the licence until it expires (at most the configured longest). */
	@Transactional
	public Share share(UUID id, int days) {
		LicenceStore.Row row = holdersOwn(id);
		Duration life = Duration.ofDays(days);
		if (days < 1 || life.compareTo(properties.longestShare()) > 0) {
			throw ProblemException.invalid("days", "licence.share.days", properties.longestShare().toDays());
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		store.share(token, id, PersonPrincipal.signedIn().accountId(), now.plus(life), now);
		store.recordUse(id, "SHARED", "持证人", null, "生成分享链接，" + days + "天内有效", now);
		audit.record(AuditEvent.of("licence.shared").on("licence", row.licence().identifier()).detail("days", days));
		return new Share(properties.publicUrl() + "/licences/shared/" + token, now.plus(life));
	}

	/** A share link: where it leads and until when. */
	public record Share(String url, Instant expiresAt) {
	}

	/** The licence behind a share link that has not expired; 404 otherwise. Recorded as a use. */
	@Transactional
	public Licence shared(String token) {
		UUID id = store.shared(token, clock.instant())
			.orElseThrow(() -> ProblemException.notFound("licence.share.notFound"));
		store.recordUse(id, "VERIFIED", "分享链接的访问者", null, "通过分享链接查看", clock.instant());
		return licence(store.find(id).orElseThrow());
	}

	/** The issuing department's register, newest first, optionally of one holder (staff of the department). */
	@Transactional(readOnly = true)
	public List<Licence> ofDepartment(String holderCode, int page, int size) {
		StaffMember staff = StaffMember.signedIn("licence.staffOnly");
		String holder = holderCode == null || holderCode.isBlank() ? null : holderCode.strip().toUpperCase(Locale.ROOT);
		return store.ofDepartment(staff.departmentCode().toUpperCase(Locale.ROOT), holder, Math.max(0, page),
				Math.min(100, Math.max(1, size))).stream().map(this::licence).toList();
	}

	/**
	 * Issues a licence by hand (a reviewer or the head of the type's issuing department), with a reason — a licence
	 * from before the hall, or one a case could not yield.
	 */
	@Transactional
	public Licence issue(IssueLicence command) {
		StaffMember staff = StaffMember.withAnyRole("licence.issue.role", StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD);
		LicenceType type = types.find(command.typeCode())
			.orElseThrow(() -> ProblemException.invalid("typeCode", "licence.type.unknown", command.typeCode()));
		if (!staff.worksFor(type.issuingDepartment())) {
			throw ProblemException.forbidden("licence.issue.department", type.nameZh());
		}
		String code = command.holderCode().strip().toUpperCase(Locale.ROOT);
		boolean valid = type.holderKind() == HolderKind.COMPANY ? CreditCodes.check(code).valid()
				: IdentityNumbers.check(code, LocalDate.now(clock.withZone(zone))).valid();
		if (!valid) {
			throw ProblemException.invalid("holderCode", type.holderKind() == HolderKind.COMPANY
					? "licence.issue.creditCode" : "licence.issue.identityNumber");
		}
		List<ProblemException.FieldRefusal> missing = new ArrayList<>();
		for (LicenceType.Field f : type.fields()) {
			String v = command.fields() == null ? null : command.fields().get(f.key());
			if (v == null || v.isBlank()) {
				missing.add(new ProblemException.FieldRefusal("fields." + f.key(), "licence.issue.field", f.labelZh()));
			}
		}
		if (!missing.isEmpty()) {
			throw ProblemException.invalid(missing);
		}
		LocalDate today = LocalDate.now(clock.withZone(zone));
		var written = issuance.issue(List.of(new Issuance.Draft(type, type.holderKind(), command.holderName().strip(),
				code, command.divisionCode() == null ? "310000" : command.divisionCode(), command.fields(), today, null,
				null, staff.getUsername(), command.reason().strip())));
		return licence(store.find(written.get(0).id()).orElseThrow());
	}

	/** Suspends (暂停), reinstates (恢复) or revokes (注销) a licence: the head of its issuing department, with a reason. */
	@Transactional
	public Licence changeStatus(UUID id, LicenceStatus to, String reason) {
		StaffMember staff = StaffMember.withAnyRole("licence.status.role", StaffRole.DEPARTMENT_HEAD);
		LicenceStore.Row row = store.find(id).filter(r -> staff.worksFor(r.licence().issuingDepartment()))
			.orElseThrow(() -> ProblemException.notFound("licence.notFound"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw ProblemException.invalid("reason", "licence.status.reason");
		}
		LicenceStatus from = LicenceStatus.valueOf(row.status());
		boolean allowed = switch (to) {
			case SUSPENDED -> from == LicenceStatus.VALID;
			case VALID -> from == LicenceStatus.SUSPENDED;
			case REVOKED -> from != LicenceStatus.REVOKED;
			case EXPIRED -> false;
		};
		if (!allowed || !store.changeStatus(id, row.status(), to, why, clock.instant())) {
			throw ProblemException.conflict("licence.status.transition", from, to);
		}
		audit.record(AuditEvent.of("licence.statusChanged").on("licence", row.licence().identifier()).because(why)
			.detail("from", from).detail("to", to));
		events.publishEvent(new LicenceStatusChanged(row.licence().identifier(), row.licence().typeCode(),
				row.licence().holderCode(), to, why));
		return licence(store.find(id).orElseThrow());
	}

	private LicenceStore.Row readable(UUID id) {
		LicenceStore.Row row = store.find(id).orElseThrow(() -> ProblemException.notFound("licence.notFound"));
		var staff = StaffMember.current();
		if (staff.isPresent()) {
			if (!staff.get().worksFor(row.licence().issuingDepartment())
					&& !staff.get().hasRole(StaffRole.SUPERVISOR)) {
				throw ProblemException.notFound("licence.notFound");
			}
			audit.record(AuditEvent.of("licence.read").on("licence", row.licence().identifier()));
			store.recordUse(id, "READ", staff.get().departmentCode() + " · " + staff.get().getUsername(), null,
					"工作人员查阅", clock.instant());
			return row;
		}
		if (!holderCodes().contains(row.licence().holderCode())) {
			throw ProblemException.notFound("licence.notFound");
		}
		return row;
	}

	private LicenceStore.Row holdersOwn(UUID id) {
		LicenceStore.Row row = store.find(id).orElseThrow(() -> ProblemException.notFound("licence.notFound"));
		if (StaffMember.current().isPresent() || !holderCodes().contains(row.licence().holderCode())) {
			throw ProblemException.notFound("licence.notFound");
		}
		return row;
	}

	/** The signed-in person's identity number and the credit codes of the companies they may act for now. */
	private List<String> holderCodes() {
		Applicant me = applicants.signedIn();
		List<String> codes = new ArrayList<>();
		codes.add(me.identityNumber());
		representations.mine().stream().map(CompanyRole::creditCode).filter(Objects::nonNull).forEach(codes::add);
		return codes;
	}

	private Licence licence(LicenceStore.Row row) {
		var l = row.licence();
		return new Licence(l.id(), l.identifier(), l.typeCode(), l.typeName(), l.number(), l.issuingDepartment(),
				l.issuerName(), l.issuerCode(), l.holderKind(), l.holderName(), l.holderCode(), l.divisionCode(),
				l.fields(), l.issuedOn(), l.validFrom(), l.validUntil(), row.statusOn(LocalDate.now(clock.withZone(zone))),
				row.statusReason(), l.caseNumber());
	}
}
