/**
 * Identity (统一身份认证): the organisation — departments with their credit and division codes, staff accounts
 * with roles — and sign-in with hashed passwords, lock-out after repeated failures and sign-out. Citizens,
 * companies, agents and single sign-on for department systems join here later. Other modules see only the
 * types at this package's root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.govhall.identity;
