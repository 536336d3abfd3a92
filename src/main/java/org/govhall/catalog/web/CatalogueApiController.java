package org.govhall.catalog.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.govhall.catalog.Audience;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.ServiceItem;
import org.govhall.catalog.SummaryPage;
import org.govhall.catalog.VersionStatus;
import org.govhall.shared.web.ProblemException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue API: list, search, items and their published versions, bundles. */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalogue", description = "Service items, guides and bundles (public)")
class CatalogueApiController {

	private final Catalogue catalogue;

	CatalogueApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/items")
	@Operation(summary = "Published items, most used first, with filters and paging")
	SummaryPage items(@RequestParam(required = false) Audience audience,
			@RequestParam(required = false) String lifeEvent, @RequestParam(required = false) String department,
			@RequestParam(required = false) String division, @RequestParam(required = false) ItemType type,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Catalogue.MAX_PAGE_SIZE) int size) {
		return catalogue.list(new ItemFilter(audience, lifeEvent, department, division, type), page, size);
	}

	@GetMapping("/search")
	@Operation(summary = "Search published items in Chinese (word segmentation, synonyms), best first")
	SummaryPage search(@RequestParam @Size(min = 1, max = 100) String q,
			@RequestParam(required = false) Audience audience, @RequestParam(required = false) String lifeEvent,
			@RequestParam(required = false) String department, @RequestParam(required = false) String division,
			@RequestParam(required = false) ItemType type, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Catalogue.MAX_PAGE_SIZE) int size) {
		return catalogue.search(q, new ItemFilter(audience, lifeEvent, department, division, type), page, size);
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "The published version of an item, by implementation code")
	ServiceItem item(@PathVariable String code) {
		return catalogue.published(code).orElseThrow(() -> ProblemException.notFound("catalog.item.unknown", code));
	}

	@GetMapping("/items/{code}/versions")
	@Operation(summary = "Every version that was ever published, oldest first")
	List<VersionSummary> versions(@PathVariable String code) {
		List<VersionSummary> published = catalogue.versions(code).stream().filter(CatalogueApiController::public_)
			.map(VersionSummary::of).toList();
		if (published.isEmpty()) {
			throw ProblemException.notFound("catalog.item.unknown", code);
		}
		return published;
	}

	@GetMapping("/items/{code}/versions/{version}")
	@Operation(summary = "One published (or superseded) version of an item")
	ServiceItem version(@PathVariable String code, @PathVariable int version) {
		return catalogue.version(code, version).filter(CatalogueApiController::public_)
			.orElseThrow(() -> ProblemException.notFound("catalog.version.unknown", code, version));
	}

	@GetMapping("/life-events")
	@Operation(summary = "Life events and business stages with the number of items in each")
	Map<String, Long> lifeEvents(@RequestParam(required = false) Audience audience) {
		return catalogue.lifeEvents(audience);
	}

	@GetMapping("/bundles")
	@Operation(summary = "The \"one thing\" bundles")
	List<Bundle> bundles() {
		return catalogue.bundles();
	}

	@GetMapping("/bundles/{code}")
	@Operation(summary = "A bundle with its items, stage by stage")
	BundleView bundle(@PathVariable String code) {
		Bundle bundle = catalogue.bundle(code)
			.orElseThrow(() -> ProblemException.notFound("catalog.bundle.unknown", code));
		return new BundleView(bundle, catalogue.bundleItems(bundle));
	}

	private static boolean public_(ServiceItem item) {
		return item.status() == VersionStatus.PUBLISHED || item.status() == VersionStatus.SUPERSEDED;
	}

	/** A version in the history of an item. */
	record VersionSummary(int version, VersionStatus status, java.time.Instant publishedAt, String name) {

		static VersionSummary of(ServiceItem item) {
			return new VersionSummary(item.version(), item.status(), item.publishedAt(), item.content().name());
		}
	}

	/** A bundle and its items. */
	record BundleView(Bundle bundle, List<List<ServiceItem>> stages) {
	}
}
