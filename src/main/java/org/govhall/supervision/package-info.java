/**
 * Electronic supervision (电子监察) and statistics: every open branch of every case watched against its statutory
 * clock — yellow when little of its limit is left, red when overdue, paused clocks never warned — by a set-based
 * sweep on one node at a time, with alerts to the department's heads and the supervisors; supervision notices
 * (督办) that a department must answer within working days or see escalated; efficiency figures per department,
 * item, district and period from daily pre-aggregates kept correct as late events arrive; the supervisors' live
 * board and the public statistics page. It learns of cases only from casework's events and its ledger.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "shared", "identity", "catalog", "exchange", "casework", "rating" })
package org.govhall.supervision;
