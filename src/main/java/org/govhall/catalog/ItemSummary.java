package org.govhall.catalog;

import java.util.List;
import java.util.Set;

import org.govhall.catalog.ItemContent.TimeLimit;

/**
 * What a list or a search shows of a published item; the guide is read with the item itself.
 *
 * @param implementationCode 实施编码
 * @param basicCode 基本编码
 * @param departmentCode the implementing department
 * @param divisionCode the division served
 * @param version the published version
 * @param name 事项名称
 * @param type 事项类型
 * @param audiences 服务对象
 * @param caseType 即办件 or 承诺件
 * @param promisedLimit 承诺办结时限
 * @param visits 到办事现场次数
 * @param onlineDepth 网上办理深度
 * @param lifeEvents 主题
 * @param monthlyApplications typical applications a month
 * @param hasGuide whether the full guide is published
 * @param lifecycle active, suspended or retired
 */
public record ItemSummary(String implementationCode, String basicCode, String departmentCode, String divisionCode,
		int version, String name, ItemType type, Set<Audience> audiences, CaseType caseType, TimeLimit promisedLimit,
		int visits, OnlineDepth onlineDepth, List<String> lifeEvents, int monthlyApplications, boolean hasGuide,
		Lifecycle lifecycle) {

	public static ItemSummary of(ServiceItem item) {
		ItemContent c = item.content();
		return new ItemSummary(item.implementationCode(), item.basicCode(), item.departmentCode(), item.divisionCode(),
				item.version(), c.name(), c.type(), c.audiences(), c.caseType(), c.promisedLimit(), c.visits(),
				c.onlineDepth(), c.lifeEvents(), item.monthlyApplications(), item.hasGuide(), item.lifecycle());
	}
}
