package org.govhall.casework;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.casework.internal.ApplicationAccess;
import org.govhall.casework.internal.ApplicationStore;
import org.govhall.casework.internal.ApplicationViews;
import org.govhall.casework.internal.CaseStore;
import org.govhall.casework.internal.MaterialFiles;
import org.govhall.casework.spi.HeldLicences;
import org.govhall.catalog.ServiceItem;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application's materials (申请材料): files uploaded per the catalogue's material definition (checked as
 * {@link MaterialFiles} says), electronic licences attached by reference with the applicant's consent, removed from a
 * draft, and read for preview by the applicant or the staff handling the case. Uploads and licences are taken while
 * the application is a draft or its case awaits corrections. Every change and every staff read is audited.
 */
@Service
public class ApplicationMaterials {

	private final ApplicationStore store;

	private final ApplicationViews views;

	private final ApplicationAccess access;

	private final CaseStore cases;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ObjectProvider<HeldLicences> heldLicences;

	ApplicationMaterials(ApplicationStore store, ApplicationViews views, ApplicationAccess access, CaseStore cases,
			AuditTrail audit, TransactionTemplate transactions, Clock clock, ObjectProvider<HeldLicences> heldLicences) {
		this.store = store;
		this.views = views;
		this.access = access;
		this.cases = cases;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.heldLicences = heldLicences;
	}

	/** Uploads (or replaces) a material's file, checked as {@link MaterialFiles} says. */
	public Application upload(UUID id, String materialKey, String fileName, InputStream content) {
		ApplicationStore.Row row = access.own(id);
		takingMaterials(row);
		MaterialRequirement material = material(row, materialKey);
		if (material.exempt()) {
			throw ProblemException.conflict("casework.material.exempt", material.name(), material.exemptBecause());
		}
		MaterialFiles.Checked file = MaterialFiles.check(content, fileName, material.fileFormats(), material.maxSizeMb());
		transactions.executeWithoutResult(tx -> {
			store.putMaterial(id, materialKey, file.displayName(), file.contentType(), file.content(), file.sha256(),
					clock.instant());
			audit.record(AuditEvent.of("casework.materialUploaded").on("application", id).detail("material", materialKey)
				.detail("sha256", file.sha256()).detail("size", file.content().length));
		});
		return access.view(id);
	}

	/**
	 * Attaches an electronic licence the applicant holds to a material it proves, by reference and with the
	 * applicant's consent (this very request): no file, the licence's credential kept as the material. Audited.
	 */
	public Application attachLicence(UUID id, String materialKey, String identifier) {
		ApplicationStore.Row row = access.own(id);
		if (StaffMember.current().isPresent()) {
			throw ProblemException.forbidden("casework.material.licenceApplicantOnly");
		}
		takingMaterials(row);
		String holder = ApplicationAccess.holderCode(row);
		List<ServiceItem> items = ApplicationViews.items(views.stages(row));
		MaterialRequirement material = views.materials(items, Map.of(), holder).stream()
			.filter(m -> m.key().equals(materialKey)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("casework.material.unknown", materialKey));
		LicenceOffer offer = material.offered().stream().filter(o -> o.identifier().equals(identifier)).findFirst()
			.orElseThrow(() -> ProblemException.invalid("identifier", "casework.material.licenceNotOffered",
					material.name()));
		String credential = heldLicences.getObject().credentialIfValid(identifier, holder)
			.orElseThrow(() -> ProblemException.invalid("identifier", "casework.material.licenceInvalid",
					offer.typeName()));
		byte[] content = credential.getBytes(StandardCharsets.US_ASCII);
		transactions.executeWithoutResult(tx -> {
			store.putMaterial(id, materialKey, offer.typeName() + "（" + offer.number() + "）", "application/vc+jwt",
					content, MaterialFiles.sha256(content), identifier, clock.instant());
			audit.record(AuditEvent.of("casework.licenceAttached").on("application", id).detail("material", materialKey)
				.detail("licence", identifier).because("申请人同意引用电子证照"));
		});
		return access.view(id);
	}

	/** Removes a material's file from a draft. */
	public Application removeMaterial(UUID id, String materialKey) {
		ApplicationStore.Row row = access.own(id);
		if (!"DRAFT".equals(row.status())) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
		material(row, materialKey);
		transactions.executeWithoutResult(tx -> store.removeMaterial(id, materialKey));
		return access.view(id);
	}

	/** A material's file, for its preview: the applicant's own, or the case's for the staff handling it (audited). */
	public ApplicationStore.StoredFile materialFile(UUID id, String materialKey) {
		Optional<StaffMember> staff = StaffMember.current();
		Optional<CaseStore.CaseRow> submitted = staff.isPresent() ? cases.byApplication(id) : Optional.empty();
		if (submitted.isPresent()) {
			access.handlersCase(submitted.get().number(), staff.get());
			audit.record(AuditEvent.of("casework.materialRead").on("application", id).detail("material", materialKey));
		}
		else {
			access.own(id);
		}
		return store.material(id, materialKey)
			.orElseThrow(() -> ProblemException.notFound("casework.material.noFile", materialKey));
	}

	/** Materials are taken while the application is a draft or its case waits for corrections. */
	private void takingMaterials(ApplicationStore.Row row) {
		if (!"DRAFT".equals(row.status()) && cases.byApplication(row.id())
			.map(c -> c.status() != CaseStatus.CORRECTION).orElse(true)) {
			throw ProblemException.conflict("casework.application.notDraft", row.status());
		}
	}

	private MaterialRequirement material(ApplicationStore.Row row, String key) {
		return views.materials(ApplicationViews.items(views.stages(row)), Map.of()).stream()
			.filter(m -> m.key().equals(key)).findFirst()
			.orElseThrow(() -> ProblemException.notFound("casework.material.unknown", key));
	}
}
