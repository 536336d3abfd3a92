package org.govhall.identity.internal;

import org.govhall.shared.security.StaffRole;

import org.springframework.data.relational.core.mapping.Table;

/** One role held by a staff account. */
@Table("identity_staff_role")
record RoleAssignment(StaffRole role) {
}
