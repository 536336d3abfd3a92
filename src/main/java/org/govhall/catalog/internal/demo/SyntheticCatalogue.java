package org.govhall.catalog.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.govhall.catalog.Audience;
import org.govhall.catalog.CaseType;
import org.govhall.catalog.ExerciseLevel;
import org.govhall.catalog.ItemContent.Fee;
import org.govhall.catalog.ItemContent.TimeLimit;
import org.govhall.catalog.ItemType;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.TimeUnit;
import org.govhall.catalog.internal.CatalogueFile;

/**
 * Makes a large, plausible catalogue for benchmarks: names combine real regulated subjects with real kinds of
 * procedure (食品经营 + 许可证延续 …), spread over departments, audiences and life events, with a skewed usage.
 * The same seed gives the same catalogue. Basic codes use main items 90000 and up, clear of the demo data.
 */
public final class SyntheticCatalogue {

	private static final String[] SUBJECTS = { "食品经营", "食品生产", "药品零售", "医疗器械经营", "化妆品生产", "道路货物运输",
			"道路旅客运输", "网络预约出租汽车", "建筑施工", "建设工程消防", "城镇污水排入排水管网", "取水", "排污", "危险化学品经营", "烟花爆竹零售",
			"娱乐场所", "互联网上网服务", "旅行社", "出版物零售", "印刷经营", "广播电视节目制作", "电影放映", "民办学校", "养老机构", "托育机构",
			"医疗机构执业", "诊所", "母婴保健技术服务", "放射诊疗", "公共场所卫生", "生活饮用水供水单位", "特种设备使用", "气瓶充装", "燃气经营",
			"人力资源服务", "劳务派遣", "职业介绍", "房地产开发企业资质", "物业服务", "商品房预售", "建筑业企业资质", "工程监理企业资质",
			"测绘资质", "林木采伐", "野生动物驯养", "渔业捕捞", "农药经营", "兽药经营", "种子生产经营", "动物诊疗", "拍卖企业", "典当行",
			"成品油零售", "酒类经营", "单用途预付卡备案", "外商投资企业", "对外贸易经营者备案", "报关单位", "律师事务所", "公证机构",
			"司法鉴定机构", "社会团体", "民办非企业单位", "基金会", "慈善组织", "殡葬服务机构", "宗教活动场所", "户外广告设施设置",
			"城市道路占用挖掘", "临时占用绿地", "树木迁移砍伐", "夜间施工", "建筑垃圾处置", "餐厨垃圾收运", "生活垃圾经营性清扫" };

	private static final String[] PROCEDURES = { "许可", "许可证核发", "许可证延续", "许可证变更", "许可证注销", "许可证补办", "备案",
			"备案变更", "年度报告", "资质认定", "资格审核", "登记", "变更登记", "注销登记", "证明开具", "审批", "验收", "检查", "奖励申报",
			"补贴申领" };

	private static final String[] DEPARTMENTS = { "SCJG", "SWJ", "GAJ", "RSJ", "ZJW", "GHZY", "WJW", "MZJ", "STHJ", "JTW",
			"JYW", "YBJ", "GJJ", "SFJ", "WLJ", "SWW", "SWJ2", "YJJ", "FGW", "CZJ" };

	private static final String[] BUSINESS_EVENTS = { "设立变更", "准营准办", "资质认定", "税收财务", "人力资源", "法人社保",
			"投资审批", "工程建设", "土地房产", "环保绿化", "安全生产", "交通运输", "商务贸易", "知识产权", "医疗卫生", "注销清算" };

	private static final String[] PERSONAL_EVENTS = { "生育收养", "户籍办理", "教育科研", "就业创业", "婚姻登记", "住房保障",
			"社会保障", "证件办理", "交通出行", "出境入境", "医疗卫生", "离职退休", "民政救助", "文化体育", "公用事业" };

	private SyntheticCatalogue() {
	}

	/** {@code count} items (at most subjects × procedures × 100 variants), deterministic for a seed. */
	public static CatalogueFile generate(int count, long seed) {
		Random random = new Random(seed);
		List<CatalogueFile.Item> items = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			String subject = SUBJECTS[n % SUBJECTS.length];
			String procedure = PROCEDURES[(n / SUBJECTS.length) % PROCEDURES.length];
			int variant = n / (SUBJECTS.length * PROCEDURES.length);
			String name = subject + procedure + (variant == 0 ? "" : "（情形" + (variant + 1) + "）");
			boolean business = random.nextInt(10) < 7;
			ItemType type = procedure.contains("许可") || procedure.contains("审批") ? ItemType.ADMINISTRATIVE_LICENSING
					: procedure.contains("检查") ? ItemType.ADMINISTRATIVE_INSPECTION
							: procedure.contains("补贴") ? ItemType.ADMINISTRATIVE_PAYMENT
									: procedure.contains("奖励") ? ItemType.ADMINISTRATIVE_REWARD
											: procedure.contains("备案") ? ItemType.OTHER_ADMINISTRATIVE_POWER
													: ItemType.ADMINISTRATIVE_CONFIRMATION;
			String basicCode = type.code() + String.format("%05d%03d", 90000 + n / 1000, n % 1000);
			int legal = 5 + random.nextInt(56);
			boolean immediate = random.nextInt(8) == 0;
			String event = business ? BUSINESS_EVENTS[random.nextInt(BUSINESS_EVENTS.length)]
					: PERSONAL_EVENTS[random.nextInt(PERSONAL_EVENTS.length)];
			items.add(new CatalogueFile.Item(basicCode, "00", DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], "310000",
					(int) Math.round(Math.pow(10, random.nextDouble() * 4.5)), name, type, ExerciseLevel.MUNICIPAL,
					Set.of(business ? Audience.LEGAL_PERSON : Audience.NATURAL_PERSON),
					immediate ? CaseType.IMMEDIATE : CaseType.PROMISED,
					new TimeLimit(immediate ? 0 : legal, TimeUnit.WORKING_DAYS, ""),
					new TimeLimit(immediate ? 0 : Math.max(1, legal / (2 + random.nextInt(4))), TimeUnit.WORKING_DAYS, ""),
					random.nextInt(3) == 0 ? 1 : 0, OnlineDepth.values()[1 + random.nextInt(3)],
					new Fee(false, "", ""), List.of(event), List.of(subject), List.of(subject, procedure), null, null));
		}
		return new CatalogueFile(items, List.of());
	}
}
