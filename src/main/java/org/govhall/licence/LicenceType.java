package org.govhall.licence;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A licence type (证照类型) as an administrator defines it.
 *
 * @param code 证照类型代码 (GB/T 36904): the defining authority's unified social credit code and three digits
 * @param nameZh 证照名称
 * @param nameEn its English name
 * @param definingAuthority the authority that defines the type (e.g. 国家市场监督管理总局)
 * @param issuingDepartment the hall's department that issues and signs it (its code)
 * @param holderKind who holds one
 * @param validityYears years a licence is valid from its issue; null: without end (长期)
 * @param fields the licence's own entries, beside the holder's name and code
 * @param proves the materials (by the name a guide gives their source) a licence of this type proves
 * @param template the print layout
 * @param version for updates: the version read (none when defining)
 */
public record LicenceType(@NotNull @Pattern(regexp = "[0-9A-Z]{18}[0-9]{3}") String code,
		@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn,
		@NotBlank @Size(max = 100) String definingAuthority, @NotBlank @Size(max = 32) String issuingDepartment,
		@NotNull HolderKind holderKind, @Min(1) @Max(100) Integer validityYears,
		@NotNull @Size(max = 30) List<@Valid Field> fields, @NotNull @Size(max = 20) List<@NotBlank String> proves,
		@NotNull Template template, Integer version) {

	/** An entry of the licence: a key (the application form's field of the same name fills it) and labels. */
	public record Field(@NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9]{0,39}") String key,
			@NotBlank @Size(max = 50) String labelZh, @NotBlank @Size(max = 100) String labelEn) {
	}

	/** The print layout: the business licence's own (营业执照), or the general one. */
	public enum Template {
		BUSINESS, GENERIC
	}

	/** The name in a language. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
