package org.govhall.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of supervision ({@code govhall.supervision.*}); the sweep's timing, {@code sweep-every} and
 * {@code sweep-first-after}, is read by its schedule (application.yml).
 *
 * @param yellowShare a branch turns yellow when this share of its limit or less is left (0.25: a quarter)
 * @param noticeAnswerDays working days a department has to answer a notice unless the supervisor says otherwise
 */
@ConfigurationProperties("govhall.supervision")
public record SupervisionProperties(@DefaultValue("0.25") double yellowShare,
		@DefaultValue("3") int noticeAnswerDays) {
}
