package org.govhall.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.govhall.catalog.internal.CatalogueEditors;
import org.govhall.catalog.internal.CatalogueStore;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Editing the catalogue. A department's data stewards (catalogue editors) write drafts of their own
 * department's items and send them for review; a catalogue administrator publishes a version or sends it back
 * with a note, and suspends or retires items from a date. Every published version is kept. Every step is
 * audited.
 */
@Service
@Validated
public class CatalogueEditing {

	private final CatalogueStore store;

	private final OrganisationDirectory organisation;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogueEditing(CatalogueStore store, OrganisationDirectory organisation, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.organisation = organisation;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The implementation code of an item of {@code department}: credit code + basic code + handling code. */
	public static String implementationCode(DepartmentSummary department, String basicCode, String handlingCode) {
		return department.creditCode() + basicCode + handlingCode;
	}

	@Transactional
	public ServiceItem createDraft(@Valid NewServiceItem command) {
		String editor = CatalogueEditors.editorOf(command.departmentCode()).getUsername();
		DepartmentSummary department = organisation.departmentByCode(command.departmentCode())
			.orElseThrow(() -> ProblemException.notFound("identity.department.unknown", command.departmentCode()));
		requireTypeMatches(command.basicCode(), command.content());
		String code = implementationCode(department, command.basicCode(), command.handlingCode());
		if (store.exists(code)) {
			throw ProblemException.conflict("catalog.item.exists", code);
		}
		long id = store.insertItem(code, command.basicCode(), command.handlingCode(), department.code(),
				command.divisionCode(), 0, clock.instant());
		store.insertVersion(id, 1, VersionStatus.DRAFT, command.content(), editor, clock.instant());
		audit.record(AuditEvent.of("catalog.draftCreated").on("service-item", code).detail("version", 1));
		return store.latest(code).orElseThrow();
	}

	/**
	 * Saves the editor's text as the item's draft: the open draft is overwritten; after publication a new
	 * draft version starts from it. A version in review cannot be edited until it is sent back.
	 */
	@Transactional
	public ServiceItem saveDraft(@NotBlank String implementationCode, @NotNull @Valid ItemContent content) {
		ServiceItem latest = latestVersion(implementationCode);
		String editor = CatalogueEditors.editorOf(latest.departmentCode()).getUsername();
		requireTypeMatches(latest.basicCode(), content);
		long id = store.itemId(implementationCode).orElseThrow();
		int version = switch (latest.status()) {
			case DRAFT -> {
				store.updateDraft(id, latest.version(), content);
				yield latest.version();
			}
			case PUBLISHED, SUPERSEDED -> {
				store.insertVersion(id, latest.version() + 1, VersionStatus.DRAFT, content, editor, clock.instant());
				yield latest.version() + 1;
			}
			case IN_REVIEW -> throw ProblemException.conflict("catalog.item.inReview", implementationCode);
		};
		audit.record(AuditEvent.of("catalog.draftSaved").on("service-item", implementationCode)
			.detail("version", version));
		return store.version(implementationCode, version).orElseThrow();
	}

	@Transactional
	public ServiceItem submit(@NotBlank String implementationCode) {
		ServiceItem draft = inStatus(implementationCode, VersionStatus.DRAFT);
		CatalogueEditors.editorOf(draft.departmentCode());
		long id = store.itemId(implementationCode).orElseThrow();
		store.setStatus(id, draft.version(), VersionStatus.IN_REVIEW, null, null, clock.instant());
		audit.record(AuditEvent.of("catalog.submitted").on("service-item", implementationCode)
			.detail("version", draft.version()));
		return store.version(implementationCode, draft.version()).orElseThrow();
	}

	@Transactional
	public ServiceItem publish(@NotBlank String implementationCode) {
		String administrator = CatalogueEditors.administrator().getUsername();
		ServiceItem review = inStatus(implementationCode, VersionStatus.IN_REVIEW);
		long id = store.itemId(implementationCode).orElseThrow();
		store.setStatus(id, review.version(), VersionStatus.PUBLISHED, administrator, null, clock.instant());
		store.markPublished(id, review.version());
		audit.record(AuditEvent.of("catalog.published").on("service-item", implementationCode)
			.detail("version", review.version()));
		events.publishEvent(new ServiceItemPublished(implementationCode, review.version()));
		return store.version(implementationCode, review.version()).orElseThrow();
	}

	@Transactional
	public ServiceItem sendBack(@NotBlank String implementationCode, @NotBlank String note) {
		String administrator = CatalogueEditors.administrator().getUsername();
		ServiceItem review = inStatus(implementationCode, VersionStatus.IN_REVIEW);
		long id = store.itemId(implementationCode).orElseThrow();
		store.setStatus(id, review.version(), VersionStatus.DRAFT, administrator, note, clock.instant());
		audit.record(AuditEvent.of("catalog.sentBack").on("service-item", implementationCode)
			.detail("version", review.version()).because(note));
		return store.version(implementationCode, review.version()).orElseThrow();
	}

	/** Suspends (暂停) or retires (取消) an item from a date, or makes it active again; needs a reason. */
	@Transactional
	public ServiceItem changeLifecycle(@NotBlank String implementationCode, @NotNull Lifecycle lifecycle,
			LocalDate from, @NotBlank String reason) {
		CatalogueEditors.administrator();
		ServiceItem item = store.published(implementationCode)
			.orElseThrow(() -> ProblemException.notFound("catalog.item.unknown", implementationCode));
		if (item.lifecycle() == Lifecycle.RETIRED && !item.availableOn(LocalDate.now(clock))) {
			throw ProblemException.conflict("catalog.item.retired", implementationCode);
		}
		LocalDate effective = from == null ? LocalDate.now(clock) : from;
		if (lifecycle != Lifecycle.ACTIVE && effective.isBefore(LocalDate.now(clock))) {
			throw ProblemException.invalid("from", "catalog.lifecycle.pastDate", effective);
		}
		long id = store.itemId(implementationCode).orElseThrow();
		store.setLifecycle(id, lifecycle, lifecycle == Lifecycle.ACTIVE ? null : effective, reason);
		audit.record(AuditEvent.of("catalog.lifecycleChanged").on("service-item", implementationCode)
			.detail("lifecycle", lifecycle).detail("from", effective).because(reason));
		events.publishEvent(new ServiceItemLifecycleChanged(implementationCode, lifecycle));
		return store.published(implementationCode).orElseThrow();
	}

	/** What an editor sees: the newest version of every item of their department. */
	@Transactional(readOnly = true)
	public List<ServiceItem> itemsOf(@NotBlank String departmentCode) {
		CatalogueEditors.editorOf(departmentCode);
		return store.latestOfDepartment(departmentCode);
	}

	/** The newest version of an item, for its editors. */
	@Transactional(readOnly = true)
	public ServiceItem latest(@NotBlank String implementationCode) {
		ServiceItem item = latestVersion(implementationCode);
		CatalogueEditors.editorOf(item.departmentCode());
		return item;
	}

	/** The versions waiting for a catalogue administrator. */
	@Transactional(readOnly = true)
	public List<ServiceItem> waitingForReview() {
		CatalogueEditors.administrator();
		return store.inReview();
	}

	private ServiceItem latestVersion(String implementationCode) {
		return store.latest(implementationCode)
			.orElseThrow(() -> ProblemException.notFound("catalog.item.unknown", implementationCode));
	}

	private ServiceItem inStatus(String implementationCode, VersionStatus status) {
		ServiceItem latest = latestVersion(implementationCode);
		if (latest.status() != status) {
			throw ProblemException.conflict("catalog.item.wrongStatus", implementationCode, latest.status(), status);
		}
		return latest;
	}

	private static void requireTypeMatches(String basicCode, ItemContent content) {
		if (!basicCode.startsWith(content.type().code())) {
			throw ProblemException.invalid("basicCode", "catalog.item.typeMismatch", basicCode, content.type().code());
		}
	}
}
