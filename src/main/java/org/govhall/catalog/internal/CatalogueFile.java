package org.govhall.catalog.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.govhall.catalog.ApplicationForm;
import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemContent.Fee;
import org.govhall.catalog.ItemContent.Guide;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.OnlineDepth;

/** The catalogue exchange format of {@code docs/catalogue-format.md}, version 1. */
public record CatalogueFile(List<Item> items, List<BundleEntry> bundles) {

	public CatalogueFile {
		items = items == null ? List.of() : items;
		bundles = bundles == null ? List.of() : bundles;
	}

	/** One item of the file: its codes, its department and its content. */
	public record Item(@NotBlank @Pattern(regexp = "[A-Z]{2}\\d{8}") String basicCode,
			@NotBlank @Pattern(regexp = "\\d{2}") String handlingCode, @NotBlank String department,
			@NotBlank @Pattern(regexp = "\\d{6}") String divisionCode, @Min(0) int monthlyApplications,
			String name, ItemType type, ExerciseLevel level, Set<Audience> audiences, CaseType caseType,
			TimeLimit legalLimit, TimeLimit promisedLimit, int visits, OnlineDepth onlineDepth, Fee fee,
			List<String> lifeEvents, List<String> topics, List<String> keywords, Guide guide, ApplicationForm form) {

		public ItemContent content() {
			return new ItemContent(name, type, level, audiences, caseType, legalLimit, promisedLimit, visits,
					onlineDepth, fee, lifeEvents, topics, keywords, guide, form);
		}
	}

	/** A bundle; members named by basic code. */
	public record BundleEntry(@NotBlank @Pattern(regexp = "[A-Z0-9-]{3,32}") String code, @NotBlank String name,
			@NotEmpty Set<Audience> audiences, @NotBlank String description, @NotNull @Valid TimeLimit promisedLimit,
			@NotEmpty List<@NotEmpty List<@NotBlank String>> stages) {
	}
}
