package org.govhall.casework.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of casework ({@code govhall.casework.*}). The deadline sweep's timing, {@code sweep-every} and
 * {@code sweep-first-after}, is read by its schedule (application.yml).
 *
 * @param department the department whose grants the hall's prefill reads under (the one running the hall)
 * @param warningMargin working days before a branch's last day at which it is "near" (a warning is published)
 * @param sweepBatch how many branches the deadline sweep marks in one transaction
 * @param fileStore where materials' bytes live: {@code database} (in their rows) or {@code data-folder} (files under
 *        {@code <data-dir>/files}, content-addressed); rows written before a change keep where they were
 */
@ConfigurationProperties("govhall.casework")
public record CaseworkProperties(@DefaultValue("SJJ") String department, @DefaultValue("2") int warningMargin,
		@DefaultValue("100") int sweepBatch, @DefaultValue("database") String fileStore) {
}
