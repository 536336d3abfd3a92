/**
 * Portal (门户): the shell of the hall — home page, layout, navigation, language switch and the staff
 * workbench. It holds no business logic: modules contribute their entries to the navigation and their own
 * pages; the portal arranges them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "shared", "identity" })
package org.govhall.portal;
