package org.govhall.shared.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.govhall.shared.identifiers.CreditCode;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.identifiers.IdentityNumber;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.identifiers.ValidationResult;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Division codes and identifier checks over HTTP. Checks take the value in the request body, never in the
 * address, so that identity numbers stay out of access logs; nothing checked here is stored.
 */
@RestController
class IdentifierApiController {

	private final DivisionCodes divisions = DivisionCodes.standard();

	private final MessageSource messages;

	private final Clock clock;

	IdentifierApiController(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reference/divisions/{code}")
	DivisionView division(@PathVariable String code) {
		Division division = divisions.find(code)
			.orElseThrow(() -> ProblemException.notFound("validation.divisionCode.unknown", code));
		return DivisionView.of(division, divisions);
	}

	@GetMapping("/api/v1/reference/divisions/{code}/children")
	List<DivisionView> children(@PathVariable String code) {
		divisions.find(code).orElseThrow(() -> ProblemException.notFound("validation.divisionCode.unknown", code));
		return divisions.children(code).stream().filter(Division::current)
			.map(d -> DivisionView.of(d, divisions)).toList();
	}

	@PostMapping("/api/v1/reference/checks/identity-number")
	IdentityNumberCheck identityNumber(@Valid @RequestBody Value value, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		ValidationResult result = IdentityNumbers.check(value.value(), today);
		Optional<IdentityNumber> parsed = IdentityNumbers.parse(value.value(), today);
		return new IdentityNumberCheck(result.valid(), FindingView.errors(result, messages, locale),
				parsed.map(IdentityNumber::birthDate).orElse(null),
				parsed.map(p -> p.gender().name()).orElse(null),
				parsed.flatMap(p -> divisions.find(p.divisionCode())).map(d -> DivisionView.of(d, divisions))
					.orElse(null));
	}

	@PostMapping("/api/v1/reference/checks/credit-code")
	CreditCodeCheck creditCode(@Valid @RequestBody Value value, Locale locale) {
		ValidationResult result = CreditCodes.check(value.value());
		Optional<CreditCode> parsed = CreditCodes.parse(value.value());
		return new CreditCodeCheck(result.valid(), FindingView.errors(result, messages, locale),
				FindingView.warnings(result, messages, locale),
				parsed.flatMap(p -> divisions.find(p.divisionCode())).map(d -> DivisionView.of(d, divisions))
					.orElse(null));
	}

	@PostMapping("/api/v1/reference/checks/division-code")
	DivisionCodeCheck divisionCode(@Valid @RequestBody Value value, Locale locale) {
		ValidationResult result = divisions.check(value.value());
		return new DivisionCodeCheck(result.valid(), FindingView.errors(result, messages, locale),
				FindingView.warnings(result, messages, locale),
				divisions.current(value.value()).map(d -> DivisionView.of(d, divisions)).orElse(null));
	}

	/** The value to check. */
	record Value(@NotNull @Size(max = 64) String value) {
	}

	/** A division with its full name from the province down, e.g. 上海市 市辖区 浦东新区. */
	record DivisionView(String code, String name, String level, String parentCode, boolean current,
			LocalDate validTo, String successorCode, List<String> path) {

		static DivisionView of(Division division, DivisionCodes divisions) {
			List<String> path = new ArrayList<>();
			Optional<Division> at = Optional.of(division);
			while (at.isPresent() && path.size() < 4) {
				path.add(at.get().name());
				at = divisions.find(at.get().parentCode());
			}
			Collections.reverse(path);
			return new DivisionView(division.code(), division.name(), division.level().name(), division.parentCode(),
					division.current(), division.validTo(), division.successorCode(), List.copyOf(path));
		}
	}

	/** The result of checking an identity number; what it encodes when it is well formed. */
	record IdentityNumberCheck(boolean valid, List<FindingView> errors, LocalDate birthDate, String gender,
			DivisionView division) {
	}

	/** The result of checking a credit code; warnings do not make it invalid. */
	record CreditCodeCheck(boolean valid, List<FindingView> errors, List<FindingView> warnings,
			DivisionView division) {
	}

	/** The result of checking a division code, with the current division it resolves to. */
	record DivisionCodeCheck(boolean valid, List<FindingView> errors, List<FindingView> warnings,
			DivisionView current) {
	}
}
