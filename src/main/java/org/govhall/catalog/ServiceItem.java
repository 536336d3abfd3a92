package org.govhall.catalog;

import java.time.Instant;
import java.time.LocalDate;


/**
 * One version of a service item as readers see it.
 *
 * @param implementationCode 实施编码: department credit code + basic code + handling code
 * @param basicCode 基本编码
 * @param handlingCode 业务办理项编码
 * @param departmentCode the implementing department in the hall
 * @param divisionCode the division it serves (GB/T 2260)
 * @param version the version number, from 1
 * @param status where this version stands
 * @param content what the editors wrote
 * @param monthlyApplications typical applications a month (ranks the most used first)
 * @param lifecycle whether the item can be applied for
 * @param lifecycleFrom from when the lifecycle applies
 * @param lifecycleReason why it was suspended or retired
 * @param publishedAt when this version was published, if it was
 * @param reviewNote the reviewer's note when a version was sent back
 */
public record ServiceItem(String implementationCode, String basicCode, String handlingCode, String departmentCode,
		String divisionCode, int version, VersionStatus status, ItemContent content, int monthlyApplications,
		Lifecycle lifecycle, LocalDate lifecycleFrom, String lifecycleReason, Instant publishedAt,
		String reviewNote) {

	/** Whether people can apply on {@code day}: suspension and retirement take effect from their date. */
	public boolean availableOn(LocalDate day) {
		return lifecycle == Lifecycle.ACTIVE || lifecycleFrom == null || day.isBefore(lifecycleFrom);
	}

	public boolean hasGuide() {
		return content.guide() != null;
	}
}
