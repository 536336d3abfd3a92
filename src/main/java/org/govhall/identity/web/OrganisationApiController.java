package org.govhall.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.NewDepartment;
import org.govhall.identity.NewStaffAccount;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffSummary;
import org.govhall.identity.internal.AccountLocks;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.ProblemException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * The organisation over the API. Every signed-in staff member sees the list of departments; a department's
 * staff list is visible to that department's own staff, supervisors and administrators only.
 */
@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationApiController {

	private final OrganisationDirectory directory;

	private final AccountLocks locks;

	OrganisationApiController(OrganisationDirectory directory, AccountLocks locks) {
		this.directory = directory;
		this.locks = locks;
	}

	@GetMapping("/departments")
	List<DepartmentSummary> departments() {
		return directory.departments();
	}

	@GetMapping("/departments/{code}")
	DepartmentSummary department(@PathVariable String code) {
		return find(code);
	}

	@GetMapping("/departments/{code}/staff")
	@StaffOnly(refusal = "identity.department.staffOnly")
	List<StaffSummary> staff(@PathVariable String code) {
		StaffMember me = StaffMember.signedIn();
		DepartmentSummary department = find(code);
		if (!me.worksFor(department.code()) && !me.hasAnyRole(StaffRole.ADMINISTRATOR, StaffRole.SUPERVISOR)) {
			throw ProblemException.forbidden("identity.department.notYours", code);
		}
		return directory.staffOf(department.id());
	}

	@PostMapping("/departments")
	@StaffOnly(ADMINISTRATOR)
	ResponseEntity<DepartmentSummary> register(@Valid @RequestBody NewDepartment command) {
		DepartmentSummary created = directory.registerDepartment(command);
		return ResponseEntity.created(URI.create("/api/v1/organisation/departments/" + created.code())).body(created);
	}

	@PostMapping("/staff")
	@StaffOnly(ADMINISTRATOR)
	ResponseEntity<StaffSummary> open(@Valid @RequestBody NewStaffAccount command) {
		StaffSummary created = directory.openAccount(command);
		return ResponseEntity.created(URI.create("/api/v1/organisation/staff/" + created.id())).body(created);
	}

	@PostMapping("/staff/{id}/unlock")
	@StaffOnly(ADMINISTRATOR)
	ResponseEntity<Void> unlock(@PathVariable long id) {
		locks.unlock(id);
		return ResponseEntity.noContent().build();
	}

	private DepartmentSummary find(String code) {
		return directory.departmentByCode(code)
			.orElseThrow(() -> ProblemException.notFound("identity.department.unknown", code));
	}
}
