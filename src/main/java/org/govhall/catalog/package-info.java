/**
 * The service catalogue (事项库与办事指南): every service item of the hall under one standard and one code, its
 * published guide, its versions, "one thing" bundles (一件事) and Chinese search. "同一事项、同一标准、同一编码."
 * <p>
 * Other modules refer to an item by its implementation code and the version a case was started under; they
 * read items through {@link org.govhall.catalog.Catalogue} and hear of new versions through
 * {@link org.govhall.catalog.ServiceItemPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalogue",
		allowedDependencies = { "shared", "identity", "exchange::spi" })
package org.govhall.catalog;
