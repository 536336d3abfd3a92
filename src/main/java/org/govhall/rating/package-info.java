/**
 * Ratings (好差评): every finished case is open for its applicant's rating — one to five stars, tags from a fixed
 * list and a comment, once per case, in the portal, through the signed link of the text message sent when the case
 * finished, or recorded by window staff at the counter; a bad rating (one or two stars) opens a follow-up (整改) that
 * the department answers within a set number of working days, escalated to the supervisors when it does not, and
 * judged by the applicant; comments are published only once a supervisor has approved them, with personal data
 * masked; figures per department, item and month for everybody and, through {@link org.govhall.rating.RatingFigures},
 * for supervision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings",
		allowedDependencies = { "shared", "identity", "catalog", "casework" })
package org.govhall.rating;
