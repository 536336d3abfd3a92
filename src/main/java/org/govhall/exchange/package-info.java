/**
 * Data sharing and exchange (数据共享交换), "共享为原则、不共享为例外": the base registers (population, legal persons,
 * standard addresses) that applications and identity read instead of asking citizens for paper; the resource
 * catalogue in which departments describe what they share and on what terms; requests for access and the
 * providers' decisions ({@link org.govhall.exchange.AccessGrants}, {@link org.govhall.exchange.GrantDecisions}); and
 * the governed reads ({@link org.govhall.exchange.DataLookups}) — lookups and the change feed for staff, department
 * systems and platform services, each answering only granted fields and each written to the sealed access log.
 * Higher modules contribute through {@link org.govhall.exchange.spi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange",
		allowedDependencies = "shared")
package org.govhall.exchange;
