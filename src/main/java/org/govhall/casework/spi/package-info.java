/**
 * Extension points of casework that higher modules implement (the licence module offers the applicant's licences
 * for the materials they prove).
 */
@org.springframework.modulith.NamedInterface("spi")
package org.govhall.casework.spi;
