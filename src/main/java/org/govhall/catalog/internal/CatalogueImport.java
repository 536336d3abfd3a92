package org.govhall.catalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.CatalogueEditing;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.VersionStatus;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.identifiers.DivisionCodes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a catalogue file: checks every entry first (fields, codes, departments, duplicates in the file and in
 * the catalogue, bundle members) and writes all of it as published version 1 in one transaction, or nothing.
 */
@Service
public class CatalogueImport {

	private final CatalogueStore store;

	private final OrganisationDirectory organisation;

	private final CatalogueIndexer indexer;

	private final Validator validator;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogueImport(CatalogueStore store, OrganisationDirectory organisation, CatalogueIndexer indexer,
			Validator validator, MessageSource messages, AuditTrail audit, Clock clock) {
		this.store = store;
		this.organisation = organisation;
		this.indexer = indexer;
		this.validator = validator;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** Told how far an import has come: entries checked or written so far, out of all. */
	@FunctionalInterface
	public interface Progress {

		void advanced(int done, int total);

		static Progress none() {
			return (done, total) -> {
			};
		}
	}

	@Transactional
	public ImportReport importFile(CatalogueFile file, String actor, Locale locale) {
		return importFile(file, actor, locale, List.of(), i -> "items[" + i + "]", Progress.none());
	}

	/**
	 * Checks and imports a file. {@code earlier} are problems found while reading it (a table's unreadable
	 * cells): with any of them nothing is written either. {@code entryName} names the i-th item in the report
	 * (a row number for tables).
	 */
	@Transactional
	public ImportReport importFile(CatalogueFile file, String actor, Locale locale,
			List<ImportReport.Problem> earlier, java.util.function.IntFunction<String> entryName, Progress progress) {
		int steps = file.items().size() * 2 + file.bundles().size();
		List<ImportReport.Problem> problems = new ArrayList<>(earlier);
		Map<String, String> implementationByBasic = new HashMap<>();
		Set<String> seen = new HashSet<>();
		Set<String> existing = store.implementationCodes();
		Map<String, Optional<DepartmentSummary>> departments = new HashMap<>();
		List<Planned> planned = new ArrayList<>();
		for (int i = 0; i < file.items().size(); i++) {
			CatalogueFile.Item item = file.items().get(i);
			String entry = entryName.apply(i);
			if (i % 50 == 0) {
				progress.advanced(i, steps);
			}
			if (item == null) {
				problems.add(new ImportReport.Problem(entry, null, null, text("catalog.import.empty", locale)));
				continue;
			}
			int before = problems.size();
			violations(entry, item.basicCode(), validator.validate(item), "", problems, locale);
			ItemContent content = item.content();
			violations(entry, item.basicCode(), validator.validate(content), "", problems, locale);
			if (content.type() != null && item.basicCode() != null && !item.basicCode().startsWith(content.type().code())) {
				problems.add(new ImportReport.Problem(entry, item.basicCode(), "basicCode",
						text("catalog.item.typeMismatch", locale, item.basicCode(), content.type().code())));
			}
			Optional<DepartmentSummary> department = item.department() == null ? Optional.empty()
					: departments.computeIfAbsent(item.department(), organisation::departmentByCode);
			if (item.department() != null && department.isEmpty()) {
				problems.add(new ImportReport.Problem(entry, item.basicCode(), "department",
						text("identity.department.unknown", locale, item.department())));
			}
			if (item.divisionCode() != null && !DivisionCodes.standard().isCurrent(item.divisionCode())) {
				problems.add(new ImportReport.Problem(entry, item.basicCode(), "divisionCode",
						text("validation.divisionCode.unknown", locale, item.divisionCode())));
			}
			if (problems.size() > before || department.isEmpty()) {
				continue;
			}
			String code = CatalogueEditing.implementationCode(department.get(), item.basicCode(), item.handlingCode());
			if (!seen.add(code)) {
				problems.add(new ImportReport.Problem(entry, code, "basicCode",
						text("catalog.import.duplicate", locale, code)));
				continue;
			}
			if (existing.contains(code)) {
				problems.add(new ImportReport.Problem(entry, code, "basicCode", text("catalog.item.exists", locale, code)));
				continue;
			}
			implementationByBasic.putIfAbsent(item.basicCode(), code);
			planned.add(new Planned(code, item, content));
		}
		List<Bundle> bundles = new ArrayList<>();
		Set<String> bundleCodes = new HashSet<>();
		for (int b = 0; b < file.bundles().size(); b++) {
			CatalogueFile.BundleEntry bundle = file.bundles().get(b);
			String entry = "bundles[" + b + "]";
			int before = problems.size();
			violations(entry, bundle.code(), validator.validate(bundle), "", problems, locale);
			if (problems.size() > before) {
				continue;
			}
			if (!bundleCodes.add(bundle.code()) || store.bundleExists(bundle.code())) {
				problems.add(new ImportReport.Problem(entry, bundle.code(), "code",
						text("catalog.import.duplicate", locale, bundle.code())));
				continue;
			}
			List<List<String>> stages = new ArrayList<>();
			for (List<String> stage : bundle.stages()) {
				List<String> members = new ArrayList<>();
				for (String basic : stage) {
					String code = implementationByBasic.get(basic);
					if (code == null) {
						problems.add(new ImportReport.Problem(entry, bundle.code(), "stages",
								text("catalog.import.unknownMember", locale, basic)));
					}
					members.add(code);
				}
				stages.add(members);
			}
			bundles.add(new Bundle(bundle.code(), bundle.name(), bundle.audiences(), bundle.description(),
					bundle.promisedLimit(), stages));
		}
		if (!problems.isEmpty()) {
			audit.record(AuditEvent.of("catalog.importRejected").by(actor).detail("problems", problems.size()));
			return new ImportReport(false, 0, 0, List.copyOf(problems));
		}
		progress.advanced(file.items().size() + file.bundles().size(), steps);
		store.insertPublished(planned.stream()
			.map(p -> new CatalogueStore.ImportedItem(p.code(), p.item().basicCode(), p.item().handlingCode(),
					p.item().department(), p.item().divisionCode(), p.item().monthlyApplications(), p.content()))
			.toList(), actor, clock.instant());
		bundles.forEach(bundle -> store.insertBundle(bundle, clock.instant()));
		audit.record(AuditEvent.of("catalog.imported").by(actor).detail("items", planned.size())
			.detail("bundles", bundles.size()));
		indexer.rebuildAfterCommit();
		progress.advanced(steps, steps);
		return new ImportReport(true, planned.size(), bundles.size(), List.of());
	}

	private <T> void violations(String entry, String code, Set<ConstraintViolation<T>> found, String prefix,
			List<ImportReport.Problem> problems, Locale locale) {
		found.stream()
			.sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
			.forEach(v -> problems.add(new ImportReport.Problem(entry, code, prefix + v.getPropertyPath(),
					localized(v, locale))));
	}

	private String localized(ConstraintViolation<?> violation, Locale locale) {
		String template = violation.getMessageTemplate();
		if (template.startsWith("{") && template.endsWith("}")) {
			String key = template.substring(1, template.length() - 1);
			String resolved = messages.getMessage(key, null, null, locale);
			if (resolved != null) {
				return resolved;
			}
		}
		return violation.getMessage();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private record Planned(String code, CatalogueFile.Item item, ItemContent content) {
	}
}
