/**
 * Electronic licences (电子证照): licence types an administrator defines (GB/T 36904 type codes), licences issued
 * once — automatically when a case whose item yields one is approved, or by staff with a reason — each with its
 * GB/T 36904 identifier, signed by its issuing department as a W3C Verifiable Credential (vc+jwt) and printable as a
 * PDF with a QR code; verification by anyone, online or offline against the published keys and Bitstring Status
 * Lists; suspension and revocation; the holder's 我的证照 with share links and a record of every use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Electronic licences",
		allowedDependencies = { "shared", "identity", "catalog", "exchange", "exchange::spi", "casework", "casework::spi" })
package org.govhall.licence;
