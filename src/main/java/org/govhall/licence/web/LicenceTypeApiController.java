package org.govhall.licence.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govhall.licence.LicenceType;
import org.govhall.licence.LicenceTypes;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Licence types (证照类型): open to read, defined and changed by administrators. */
@RestController
@RequestMapping("/api/v1/licence-types")
@Tag(name = "Licences")
class LicenceTypeApiController {

	private final LicenceTypes types;

	LicenceTypeApiController(LicenceTypes types) {
		this.types = types;
	}

	@GetMapping
	@Operation(summary = "Every licence type")
	List<LicenceType> all() {
		return types.all();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One licence type")
	LicenceType get(@PathVariable String code) {
		return types.get(code);
	}

	@PostMapping
	@Operation(summary = "Define a licence type (administrators)")
	ResponseEntity<LicenceType> define(@RequestBody LicenceType type) {
		return ResponseEntity.status(HttpStatus.CREATED).body(types.define(type));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change a licence type at the version read (administrators)")
	LicenceType update(@PathVariable String code, @RequestBody LicenceType type) {
		if (!code.equals(type.code())) {
			throw ProblemException.invalid("code", "licence.type.codeChanged");
		}
		return types.update(type);
	}
}
