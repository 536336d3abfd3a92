/**
 * Extension points of the data exchange that higher modules implement (the catalogue names service items).
 */
@org.springframework.modulith.NamedInterface("spi")
package org.govhall.exchange.spi;
