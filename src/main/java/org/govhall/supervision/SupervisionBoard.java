package org.govhall.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;
import org.govhall.supervision.internal.BranchStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live board (实时监察): the red and yellow branches with who holds them, and how many per department — every
 * department's for supervisors, their own for a department's head. Reading it is audited.
 */
@Service
public class SupervisionBoard {

	/** What the board shows: the branches by level, and per department {red, yellow}. */
	public record Board(List<WatchedBranch> red, List<WatchedBranch> yellow, Map<String, long[]> byDepartment) {
	}

	private final BranchStore branches;

	private final AuditTrail audit;

	private final Clock clock;

	SupervisionBoard(BranchStore branches, AuditTrail audit, Clock clock) {
		this.branches = branches;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Board board() {
		StaffMember staff = StaffMember.withAnyRole("supervision.refused.board", StaffRole.SUPERVISOR,
				StaffRole.DEPARTMENT_HEAD);
		String department = staff.hasRole(StaffRole.SUPERVISOR) ? null
				: staff.departmentCode().toUpperCase(Locale.ROOT);
		LocalDate today = LocalDate.now(clock);
		Map<String, long[]> counts = branches.levelsByDepartment();
		if (department != null) {
			counts.keySet().retainAll(List.of(department));
		}
		audit.record(AuditEvent.of("supervision.boardRead").by(staff.getUsername())
			.detail("department", department == null ? "*" : department));
		return new Board(branches.atLevel(WarningLevel.RED, department, today, 200),
				branches.atLevel(WarningLevel.YELLOW, department, today, 200), counts);
	}
}
