package org.govhall.shared.identifiers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative division codes (行政区划代码, GB/T 2260) from a dated CSV shipped with the hall. Abolished
 * codes stay resolvable and lead to their successors, because old identity cards and records still carry them.
 */
public final class DivisionCodes {

	public static final String STANDARD_RESOURCE = "divisions/gbt2260-2022.csv";

	private static final class Standard {

		static final DivisionCodes INSTANCE = load(STANDARD_RESOURCE);
	}

	private final Map<String, Division> byCode;

	private final Map<String, List<Division>> children;

	private final String dataDate;

	private DivisionCodes(Map<String, Division> byCode, String dataDate) {
		this.byCode = Map.copyOf(byCode);
		this.dataDate = dataDate;
		Map<String, List<Division>> kids = new HashMap<>();
		byCode.values().stream()
			.filter(d -> d.parentCode() != null)
			.sorted(java.util.Comparator.comparing(Division::code))
			.forEach(d -> kids.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d));
		kids.replaceAll((k, v) -> List.copyOf(v));
		this.children = Map.copyOf(kids);
	}

	/** The codes shipped with the hall. */
	public static DivisionCodes standard() {
		return Standard.INSTANCE;
	}

	public static DivisionCodes load(String resource) {
		InputStream in = DivisionCodes.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("No division data at classpath:" + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, Division> byCode = new HashMap<>();
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				Division d = row(line.split(",", -1), resource);
				if (byCode.putIfAbsent(d.code(), d) != null) {
					throw new IllegalStateException(resource + ": code " + d.code() + " appears twice");
				}
			}
			return new DivisionCodes(byCode, resource.replaceAll(".*-(\\d{4})\\.csv$", "$1"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<Division> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
	}

	public boolean isCurrent(String code) {
		return find(code).map(Division::current).orElse(false);
	}

	/** The current division for a code, following the successors of abolished ones. */
	public Optional<Division> current(String code) {
		Set<String> seen = new HashSet<>();
		Optional<Division> division = find(code);
		while (division.isPresent() && !division.get().current() && seen.add(division.get().code())) {
			division = find(division.get().successorCode());
		}
		return division.filter(Division::current);
	}

	/** Every current county-level division (districts, counties, county-level cities), by code. */
	public List<Division> currentCounties() {
		return byCode.values().stream()
			.filter(d -> d.current() && d.level() == Division.Level.COUNTY)
			.sorted(java.util.Comparator.comparing(Division::code))
			.toList();
	}

	public List<Division> children(String parentCode) {
		return children.getOrDefault(parentCode, Collections.emptyList());
	}

	public ValidationResult check(String code) {
		if (code == null || code.isBlank()) {
			return ValidationResult.error("validation.divisionCode.required");
		}
		if (!code.strip().matches("\\d{6}")) {
			return ValidationResult.error("validation.divisionCode.format");
		}
		Optional<Division> division = find(code);
		if (division.isEmpty()) {
			return ValidationResult.error("validation.divisionCode.unknown", code.strip());
		}
		if (!division.get().current()) {
			return ValidationResult.warning("validation.divisionCode.historical", division.get().name(),
					division.get().validTo(), current(code).map(Division::code).orElse("-"));
		}
		return ValidationResult.ok();
	}

	/** The year of the data, e.g. 2022. */
	public String dataDate() {
		return dataDate;
	}

	public int size() {
		return byCode.size();
	}

	private static Division row(String[] f, String resource) {
		if (f.length != 7 || !f[0].matches("\\d{6}")) {
			throw new IllegalStateException(resource + ": malformed row " + String.join(",", f));
		}
		return new Division(f[0], f[1], Division.Level.valueOf(f[2]), blankToNull(f[3]), date(f[4]), date(f[5]),
				blankToNull(f[6]));
	}

	private static LocalDate date(String text) {
		return text.isBlank() ? null : LocalDate.parse(text);
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
