/**
 * Who is signed in and what they may do (身份与权限), as every module asks it without depending on identity: the
 * staff roles ({@link org.govhall.shared.security.StaffRole}), the signed-in staff member
 * ({@link org.govhall.shared.security.StaffMember}), the {@link org.govhall.shared.security.StaffOnly} rule for
 * controllers, and the company a person acts for ({@link org.govhall.shared.security.ActingFor}).
 */
package org.govhall.shared.security;
