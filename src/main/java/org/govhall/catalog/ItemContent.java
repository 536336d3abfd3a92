package org.govhall.catalog;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything an editor writes about a service item (one version of it): the basic catalogue elements, the
 * implementation list, once complete the guide, and the application form. The codes and the implementing
 * department are not part of it: they identify the item and never change between versions.
 */
public record ItemContent(@NotBlank @Size(max = 200) String name, @NotNull ItemType type,
		@NotNull ExerciseLevel level, @NotEmpty Set<Audience> audiences, @NotNull CaseType caseType,
		@NotNull @Valid TimeLimit legalLimit, @NotNull @Valid TimeLimit promisedLimit, @Min(0) @Max(5) int visits,
		@NotNull OnlineDepth onlineDepth, @NotNull @Valid Fee fee, @NotEmpty List<@NotBlank String> lifeEvents,
		List<@NotBlank String> topics, List<@NotBlank String> keywords, @Valid Guide guide, @Valid ApplicationForm form) {

	public ItemContent {
		topics = topics == null ? List.of() : List.copyOf(topics);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
		audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
		form = form == null ? ApplicationForm.empty() : form;
	}

	/** The promised limit (承诺时限) may not be longer than the legal one when both count in the same unit. */
	@JsonIgnore
	@AssertTrue(message = "{catalog.promisedLimit.longerThanLegal}")
	public boolean isPromisedWithinLegal() {
		return legalLimit == null || promisedLimit == null || legalLimit.unit() != promisedLimit.unit()
				|| promisedLimit.value() <= legalLimit.value();
	}

	/** A time limit with its unit, e.g. 20 working days, and how it is counted. */
	public record TimeLimit(@Min(0) @Max(3650) int value, @NotNull TimeUnit unit, @Size(max = 500) String note) {
	}

	/** 是否收费, 收费标准, 收费依据. */
	public record Fee(boolean charged, @Size(max = 1000) String standard, @Size(max = 1000) String basis) {
	}

	/** The published guide (办事指南). */
	public record Guide(@NotEmpty List<@NotBlank String> basis, @NotEmpty List<@NotBlank String> conditions,
			@NotEmpty List<@Valid Material> materials, @NotEmpty List<@Valid Step> steps,
			List<@Valid SpecialProcedure> specialProcedures, @NotBlank String location, @NotBlank String hours,
			@NotBlank String consultation, @NotBlank String supervision, @NotNull @Valid Result result,
			String quantityLimit, String intermediary, String commitment, List<@Valid Faq> faqs) {

		public Guide {
			specialProcedures = specialProcedures == null ? List.of() : List.copyOf(specialProcedures);
			faqs = faqs == null ? List.of() : List.copyOf(faqs);
		}
	}

	/**
	 * 申报材料. {@code sourceDetail} names the licence type or the shared data resource that can stand in for the
	 * paper, so that applications can fetch it instead of asking; {@code fileFormats} and {@code maxSizeMb} limit
	 * what an applicant may upload for it.
	 */
	public record Material(@NotBlank @Size(max = 200) String name, @NotNull MaterialKind kind,
			@NotNull MaterialForm form, @NotNull Necessity required, String condition, @NotNull MaterialSource source,
			String sourceDetail, @Min(0) @Max(20) int copies, boolean blankForm, boolean sample, String notes,
			String basis, List<@Pattern(regexp = "[a-z0-9]{2,5}") String> fileFormats, @Min(0) @Max(100) int maxSizeMb) {

		/** Electronic copies are accepted as PDF, OFD or images up to 10 MB unless the item says otherwise. */
		public static final List<String> DEFAULT_FORMATS = List.of("pdf", "ofd", "jpg", "png");

		public static final int DEFAULT_MAX_SIZE_MB = 10;

		public Material {
			fileFormats = fileFormats == null || fileFormats.isEmpty() ? DEFAULT_FORMATS : List.copyOf(fileFormats);
			maxSizeMb = maxSizeMb <= 0 ? DEFAULT_MAX_SIZE_MB : maxSizeMb;
		}

		@JsonIgnore
		@AssertTrue(message = "{catalog.material.conditionMissing}")
		public boolean isConditionGivenWhenConditional() {
			return required != Necessity.CONDITIONAL || (condition != null && !condition.isBlank());
		}

		@JsonIgnore
		@AssertTrue(message = "{catalog.material.sourceDetailMissing}")
		public boolean isSourceNamedWhenNotBrought() {
			return source == MaterialSource.APPLICANT || (sourceDetail != null && !sourceDetail.isBlank());
		}
	}

	/** 办理流程 step. */
	public record Step(@NotBlank String name, @NotBlank String description, String timeLimit) {
	}

	/** 特殊环节: whether its time counts toward the legal limit. */
	public record SpecialProcedure(@NotBlank String name, @NotBlank String time, String basis,
			boolean countsTowardLimit) {
	}

	/**
	 * 审批结果: what an approval yields, and for a licence the type code (GB/T 36904) of the electronic licence the
	 * hall issues when a case of this item is approved.
	 */
	public record Result(@NotNull ResultType type, @NotBlank String name,
			@jakarta.validation.constraints.Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}") String licenceType) {

		public Result(ResultType type, String name) {
			this(type, name, null);
		}

		public Result {
			licenceType = licenceType == null || licenceType.isBlank() ? null : licenceType.strip();
		}
	}

	/** 常见问题. */
	public record Faq(@NotBlank String question, @NotBlank String answer) {
	}
}
