package org.govhall.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.govhall.casework.Application;
import org.govhall.casework.FormField;
import org.govhall.casework.LicenceOffer;
import org.govhall.casework.MaterialRequirement;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.MaterialForm;
import org.govhall.catalog.MaterialSource;
import org.govhall.catalog.Necessity;
import org.govhall.casework.spi.HeldLicences;
import org.govhall.catalog.ServiceItem;
import org.govhall.shared.web.ProblemException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an application asks for, read from the catalogue: the items (the version an item's application was
 * started under; a bundle's published members, stage by stage), their merged form and their materials — which to
 * upload, which shared data proves (免提交), which are handed in on paper.
 */
@Component
public class ApplicationViews {

	private final Catalogue catalogue;

	private final ObjectProvider<HeldLicences> licences;

	ApplicationViews(Catalogue catalogue, ObjectProvider<HeldLicences> licences) {
		this.catalogue = catalogue;
		this.licences = licences;
	}

	/** The items of an application, stage by stage (one stage of one item for an ordinary item). */
	public List<List<ServiceItem>> stages(ApplicationStore.Row row) {
		if (row.itemCode() != null) {
			ServiceItem item = catalogue.version(row.itemCode(), row.itemVersion())
				.orElseThrow(() -> ProblemException.notFound("casework.item.unknown", row.itemCode()));
			return List.of(List.of(item));
		}
		Bundle bundle = catalogue.bundle(row.bundleCode())
			.orElseThrow(() -> ProblemException.notFound("casework.bundle.unknown", row.bundleCode()));
		return catalogue.bundleItems(bundle);
	}

	public static List<ServiceItem> items(List<List<ServiceItem>> stages) {
		return stages.stream().flatMap(List::stream).toList();
	}

	/** The materials of the items, in the order of their guides. */
	public List<MaterialRequirement> materials(List<ServiceItem> items,
			Map<String, MaterialRequirement.UploadedFile> uploaded) {
		return materials(items, uploaded, null);
	}

	/**
	 * The materials of the items, each offering the holder's electronic licences that prove it (none when
	 * {@code holderCode} is null).
	 */
	public List<MaterialRequirement> materials(List<ServiceItem> items,
			Map<String, MaterialRequirement.UploadedFile> uploaded, String holderCode) {
		List<MaterialRequirement> all = new ArrayList<>();
		for (ServiceItem item : items) {
			ItemContent.Guide guide = item.content().guide();
			if (guide == null) {
				continue;
			}
			for (int i = 0; i < guide.materials().size(); i++) {
				ItemContent.Material m = guide.materials().get(i);
				String key = item.implementationCode() + "/" + i;
				String exempt = exemption(m);
				boolean required = m.required() == Necessity.REQUIRED && m.form() != MaterialForm.PAPER
						&& m.source() == MaterialSource.APPLICANT;
				List<LicenceOffer> offered = exempt == null && holderCode != null ? offers(m, holderCode) : List.of();
				all.add(new MaterialRequirement(key, item.implementationCode(), m.name(), required && exempt == null,
						blankToNull(m.condition()), exempt, m.fileFormats(), m.maxSizeMb(), uploaded.get(key), offered));
			}
		}
		return List.copyOf(all);
	}

	/** The licences proving a material issued by government (its source names the licence, e.g. 营业执照). */
	private List<LicenceOffer> offers(ItemContent.Material m, String holderCode) {
		HeldLicences held = licences.getIfAvailable();
		if (held == null || m.source() != MaterialSource.ISSUED_BY_GOVERNMENT || m.sourceDetail() == null) {
			return List.of();
		}
		List<String> sources = Arrays.stream(m.sourceDetail().split("[/、,，]")).map(String::strip)
			.filter(t -> !t.isEmpty()).toList();
		return held.proving(holderCode, sources);
	}

	/** Why a material need not be handed in: shared data proves it, or the real-name check saw the identity card. */
	private static String exemption(ItemContent.Material m) {
		if (m.source() == MaterialSource.SHARED_DATA) {
			return "共享数据：" + m.sourceDetail();
		}
		if (m.source() == MaterialSource.ISSUED_BY_GOVERNMENT && m.sourceDetail() != null
				&& m.sourceDetail().strip().equals("居民身份证")) {
			return "实名认证：居民身份证信息已核验";
		}
		return null;
	}

	/** The application as its applicant (or the staff handling it) sees it. */
	public Application view(ApplicationStore.Row row, List<List<ServiceItem>> stages, MergedForm form,
			List<MaterialRequirement> materials, String caseNumber) {
		List<FormField> fields = form.entries().stream()
			.map(e -> new FormField(e.key(), e.element() == null ? null : e.element().name(), e.label(), e.type(),
					e.required(), e.options(), e.maxLength(), e.hint(), e.items(), row.answers().get(e.key()),
					row.verified().containsKey(e.key()), row.verifiedFrom().get(e.key())))
			.toList();
		return new Application(row.id(), row.kind(), row.personName(), row.companyName(), row.creditCode(),
				row.itemCode(), row.bundleCode(), row.title(), row.status(), fields, form.saved(), materials,
				caseNumber, row.updatedAt(), row.version());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
