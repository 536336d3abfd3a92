/**
 * Online applications and cases (网上申请 · 办件): an applicant starts from a published item or a "one thing"
 * bundle, as a private person or acting for a company, fills in one merged form (一表制) prefilled with verified
 * shared data, uploads what shared data cannot prove, and submits once; the case then runs through its BPMN
 * process in Flowable — intake (受理), one request for corrections (一次性告知补正), review and decision by the
 * departments, in parallel for the members of a bundle's stage — under statutory clocks in working days, visible
 * to the applicant as a timeline and to the departments as tasks. Every step is audited and published as an
 * event ({@code CaseSubmitted}, {@code CaseAccepted}, …) for licences, supervision and ratings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
		allowedDependencies = { "shared", "identity", "catalog", "exchange" })
package org.govhall.casework;
