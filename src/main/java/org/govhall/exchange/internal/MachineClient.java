package org.govhall.exchange.internal;

import java.util.Set;

import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffRole;

/**
 * A department system calling the gateway, authenticated by a signed client assertion. It acts for its
 * department, like that department's staff, and holds no staff roles.
 *
 * @param clientId the registered client
 * @param departmentCode the department it acts for
 */
public record MachineClient(String clientId, String departmentCode) implements StaffMember {

	@Override
	public String getUsername() {
		return "client:" + clientId;
	}

	@Override
	public Set<StaffRole> roles() {
		return Set.of();
	}
}
