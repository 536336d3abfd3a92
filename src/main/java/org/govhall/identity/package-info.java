/**
 * Identity (统一身份认证): one identity for every channel. Citizens register with a real-name check against the
 * population register (through the exchange) and a texted code; companies are bound by their legal
 * representatives (checked against the legal-person register again when somebody starts acting for the company),
 * who authorise agents for all or some services; staff belong to departments with roles, may use a TOTP second
 * factor, change their own password, and get a temporary password or a reset authenticator from an
 * administrator. Sign-in, lock-out, sessions the owner can end, a personal space with "who read my data", and an
 * OpenID Connect provider for department systems (single sign-on, client credentials for the exchange, rotating
 * keys, clients an administrator edits, disables and gives new secrets). Other modules see only the types at this package's root: principals, levels of
 * assurance ({@link org.govhall.identity.Assurance}) and company roles ({@link org.govhall.identity.Representations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
		allowedDependencies = { "shared", "exchange" })
package org.govhall.identity;
