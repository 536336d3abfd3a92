package org.govhall.exchange.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.govhall.exchange.LegalPerson;
import org.govhall.exchange.Person;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;

/**
 * Deterministic synthetic legal persons registered in the city's districts: valid unified social credit codes
 * (unique: the organisation body is the index written in the code alphabet after a permutation), names of the
 * usual 上海 + 字号 + 行业 + 组织形式 shape, and legal representatives who are adults of the synthetic population.
 */
public final class SyntheticCompanies {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final long BODIES = 31L * 31 * 31 * 31 * 31 * 31;

	private static final String TRADE_NAMES_A = "华中新东金恒宏海鑫盛泰荣祥瑞安康和嘉德信达通远博创智联云启辰锦源欣佳汇丰晟弘昌骏"
			+ "银星光明润泽圣凯隆福禄正鼎腾飞越航宇天一";

	private static final String TRADE_NAMES_B = "晟辉晨峰浩然逸轩泓铭宸睿翔桦楠霖琪瑜璟瀚澜昊曦涵沁汐渊霆骁骐麟雍卓灏钧煜炜琛珏珩"
			+ "璋琨瑾琰蔚菁苒萱芃蘅";

	private record Industry(String words, String scope) {
	}

	private static final List<Industry> INDUSTRIES = List.of(
			new Industry("科技", "从事信息技术、网络技术领域内的技术开发、技术咨询、技术服务、技术转让；软件开发；计算机系统服务"),
			new Industry("贸易", "日用百货、服装鞋帽、五金交电、电子产品的销售；货物进出口；技术进出口"),
			new Industry("餐饮管理", "餐饮服务；食品经营；餐饮企业管理；酒店管理"),
			new Industry("建筑工程", "建设工程施工；建筑装饰工程；市政公用工程；园林绿化工程施工"),
			new Industry("物流", "道路货物运输（不含危险货物）；国内货物运输代理；仓储服务（不含危险化学品）；装卸搬运"),
			new Industry("文化传媒", "文化艺术交流活动策划；广告设计、制作、代理、发布；会议及展览服务"),
			new Industry("信息技术", "数据处理和存储支持服务；信息系统集成服务；人工智能应用软件开发"),
			new Industry("企业管理咨询", "企业管理咨询；商务信息咨询；市场营销策划；财务咨询"),
			new Industry("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；医疗器械技术咨询"),
			new Industry("食品", "食品销售；食用农产品零售；食品进出口"),
			new Industry("教育科技", "教育咨询服务（不含涉许可审批的教育培训活动）；技术服务"),
			new Industry("新能源科技", "新能源技术开发；太阳能发电技术服务；储能技术服务；充电桩销售"),
			new Industry("物业管理", "物业管理；停车场服务；家政服务；保洁服务"),
			new Industry("环保科技", "环境保护专用设备销售；水污染治理；固体废物治理；环保咨询服务"),
			new Industry("生物科技", "生物化工产品技术研发；细胞技术研发和应用；技术进出口"));

	private record Form(String type, String suffix, int share) {
	}

	private static final List<Form> FORMS = List.of(new Form("有限责任公司（自然人投资或控股）", "有限公司", 68),
			new Form("有限责任公司（自然人独资）", "有限公司", 17), new Form("股份有限公司（非上市）", "股份有限公司", 3),
			new Form("个人独资企业", "中心", 5), new Form("有限合伙企业", "合伙企业（有限合伙）", 4),
			new Form("有限责任公司分公司", "有限公司分公司", 3));

	private final SyntheticPopulation population;

	private final long people;

	private final long seed;

	private final List<Division> districts = DivisionCodes.standard().children("310100").stream()
		.filter(Division::current).toList();

	/**
	 * @param population where the legal representatives come from
	 * @param people how many people of the population exist (representatives are drawn from them)
	 * @param seed the same seed gives the same companies
	 */
	public SyntheticCompanies(SyntheticPopulation population, long people, long seed) {
		this.population = population;
		this.people = people;
		this.seed = seed;
	}

	/** Company number {@code index} (from 0). */
	public LegalPerson company(long index) {
		SplittableRandom random = new SplittableRandom(seed * 0xC2B2AE3D27D4EB4FL + index);
		Division district = districts.get(random.nextInt(districts.size()));
		long body = Math.floorMod(index * 573_259_391L + seed, BODIES);
		String credit = CreditCodes.generate('9', '1', district.code(), "MA" + base31(body));
		Industry industry = INDUSTRIES.get((int) (index % INDUSTRIES.size()));
		Form form = form(random);
		String trade = "" + TRADE_NAMES_A.charAt((int) (index / INDUSTRIES.size() % TRADE_NAMES_A.length()))
				+ TRADE_NAMES_B.charAt((int) (index / INDUSTRIES.size() / TRADE_NAMES_A.length() % TRADE_NAMES_B.length()));
		Person representative = adult(random);
		int status = random.nextInt(100);
		long capital = (long) (Math.pow(10, 5 + random.nextDouble() * 2.7)) / 10_000 * 10_000;
		return new LegalPerson(credit, "上海" + trade + industry.words() + form.suffix(), form.type(),
				representative.idNumber(), representative.name(), BigDecimal.valueOf(capital).setScale(2),
				LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_600)), district.code(),
				"上海市" + district.name() + address(random), industry.scope(),
				status < 88 ? "存续" : status < 97 ? "注销" : "吊销");
	}

	private Person adult(SplittableRandom random) {
		for (int attempt = 0;; attempt++) {
			Person candidate = population.person(random.nextLong(people));
			int age = 2026 - candidate.birthDate().getYear();
			if (age >= 22 && age <= 75 || attempt > 20) {
				return candidate;
			}
		}
	}

	private static Form form(SplittableRandom random) {
		int r = random.nextInt(100);
		for (Form form : FORMS) {
			if (r < form.share()) {
				return form;
			}
			r -= form.share();
		}
		return FORMS.get(0);
	}

	private static String address(SplittableRandom random) {
		String[] roads = { "张江路", "碧波路", "金科路", "漕河泾开发区桂平路", "长宁路", "江场三路", "国定路", "临港大道", "虹梅路", "紫竹路" };
		return roads[random.nextInt(roads.length)] + (1 + random.nextInt(999)) + "号" + (1 + random.nextInt(12)) + "幢"
				+ (1 + random.nextInt(9)) + "0" + (1 + random.nextInt(9)) + "室";
	}

	private static String base31(long value) {
		char[] out = new char[6];
		for (int i = 5; i >= 0; i--) {
			out[i] = ALPHABET.charAt((int) (value % 31));
			value /= 31;
		}
		return new String(out);
	}
}
