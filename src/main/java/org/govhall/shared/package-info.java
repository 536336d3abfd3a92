/**
 * The platform kernel (平台内核): what every business module stands on and nothing business-specific. The
 * working-day calendar and statutory clock, validators for identity numbers, unified social credit codes and
 * administrative division codes, the hash-chained audit trail, RFC 9457 problem details, bilingual messages
 * and the embedded database. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		allowedDependencies = {},
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.govhall.shared;
