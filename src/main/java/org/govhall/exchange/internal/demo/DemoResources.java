package org.govhall.exchange.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.govhall.exchange.DataResource;
import org.govhall.exchange.DataResource.Field;
import org.govhall.exchange.internal.ResourceStore;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.startup.StartupTask;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo departments' data resources over the base registers, published on a demo hall's first start. */
@Component
class DemoResources implements StartupTask {

	/** The department that runs unified identity (the data bureau). */
	static final String IDENTITY_SERVICE = "SJJ";

	private final ResourceStore store;

	private final GovHallProperties properties;

	private final Clock clock;

	DemoResources(ResourceStore store, GovHallProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "exchange.demo-resources";
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled()) {
			return;
		}
		// every demo resource missing from the catalogue (all on a first start; new ones after an upgrade)
		resources().stream().filter(r -> store.resource(r.code()).isEmpty())
			.forEach(r -> store.insert(r, clock.instant()));
		if (store.activeGrant("GAJ-SFHY", IDENTITY_SERVICE, LocalDate.now(clock)).isEmpty()) {
			identityServiceGrants();
		}
		if (store.activeGrant("SJJ-DZZZ", LICENCE_READER, LocalDate.now(clock)).isEmpty()) {
			licenceGrant();
		}
	}

	/**
	 * The data bureau runs the hall: unified identity reads names for the real-name check and legal
	 * representatives for binding companies, and online applications (网上申请) prefill their forms from the same
	 * registers, for the demo catalogue's items whose forms ask for register data (the grants name them). In
	 * production its data steward requests these like any consumer.
	 */
	private void identityServiceGrants() {
		String basis = "《中华人民共和国网络安全法》第二十四条（网络实名制）；《上海市公共数据和一网通办管理办法》第二十条（申请材料免于提交）";
		grant("GAJ-SFHY", List.of("name", "gender", "birth_date"),
				"统一身份认证：注册时核验姓名与公民身份号码是否一致；网上申请：预填申请人的性别和出生日期", basis);
		grant("GAJ-HJXX", List.of("household_division", "household_address"), "网上申请：预填申请人的户籍地址", basis);
		grant("MZJ-HYZK", List.of("marital_status"), "网上申请：预填申请人的婚姻状况", basis);
		grant("SCJG-FDDBR", List.of("legal_representative_id", "legal_representative"),
				"统一身份认证：绑定法人账户时核验法定代表人身份", basis);
		grant("SCJG-QYDJ", List.of("name", "type", "status", "legal_representative", "registered_capital",
				"established_on", "address", "business_scope"),
				"统一身份认证：绑定法人账户时核验企业登记状态；网上申请：预填企业的登记信息", basis);
	}

	/** The department that reads licences in the demo: planning checks the licences applicants present. */
	static final String LICENCE_READER = "GHZY";

	/** 规划和自然资源局 reads the licence register under a grant, to check a presented licence during review. */
	private void licenceGrant() {
		List<String> fields = List.of("type_code", "type_name", "number", "holder_name", "holder_code", "issuer_name",
				"issued_on", "valid_until", "status");
		LocalDate until = LocalDate.now(clock).plusYears(3);
		long id = store.insertGrant(new ResourceStore.NewGrant("SJJ-DZZZ", LICENCE_READER, fields, List.of(),
				"审批中核验申请人出示的电子证照是否真实有效", "《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（电子证照互认共享）",
				until, false, "system", clock.instant()));
		store.grant(id, fields, List.of(), until, false, "system", "演示数据：规划和自然资源局核验电子证照的授权",
				clock.instant());
	}

	private void grant(String resource, List<String> fields, String purpose, String basis) {
		LocalDate until = LocalDate.now(clock).plusYears(3);
		long id = store.insertGrant(new ResourceStore.NewGrant(resource, IDENTITY_SERVICE, fields,
				PREFILLED_ITEMS, purpose, basis, until, false, "system", clock.instant()));
		store.grant(id, fields, List.of(), until, false, "system", "演示数据：一网通办（统一身份认证、网上申请）的常设授权",
				clock.instant());
	}

	/** The demo catalogue's items (basic and handling code) whose application forms hold register data. */
	private static final List<String> PREFILLED_ITEMS = List.of("XK0010100100", "XK0010200100", "CJ0010900100",
			"QR0011100300", "GG0020100100", "GG0020100500", "GG0020100600", "XK0030100100", "QR0030200100",
			"QR0030200201", "QR0030200300", "QT0030500100", "GG0040100100", "GG0040100200", "XK0050100100",
			"XK0060100100", "XK0070300100", "QR0080100100", "JF0080300400", "XK0090200200", "GG0110100100",
			"GG0130100100", "GG0130100200", "XK0170100200", "QT0190100100");

	static List<DataResource> resources() {
		Field name = new Field("name", "姓名", "STRING", 50, "户籍登记的姓名", true, false);
		Field gender = new Field("gender", "性别", "STRING", 6, "MALE 或 FEMALE", true, false);
		Field birth = new Field("birth_date", "出生日期", "DATE", 10, "公历出生日期", true, false);
		return List.of(
				new DataResource("GAJ-SFHY", "身份核验信息", "GAJ", "按公民身份号码核验姓名、性别和出生日期，用于实名核验。", "PERSON",
						"ID_NUMBER", "UNCONDITIONAL", null, "NOT_OPEN", "REAL_TIME", "API", List.of(name, gender, birth)),
				new DataResource("GAJ-HJXX", "户籍信息", "GAJ", "常住人口的户籍登记信息：民族、户籍地及户籍地址。", "PERSON",
						"ID_NUMBER", "CONDITIONAL", null, "NOT_OPEN", "REAL_TIME", "API",
						List.of(name, gender, birth, new Field("ethnicity", "民族", "STRING", 20, "民族", true, true),
								new Field("household_division", "户籍地行政区划", "STRING", 6, "GB/T 2260 代码", true, false),
								new Field("household_address", "户籍地址", "STRING", 200, "户籍登记的住址", true, true))),
				new DataResource("GAJ-SJHM", "预留手机号码", "GAJ", "公安机关掌握的公民预留手机号码。", "PERSON", "ID_NUMBER",
						"NOT_SHARED", "《中华人民共和国个人信息保护法》第十三条、第三十四条：仅限公安机关履行法定职责使用", "NOT_OPEN",
						"REAL_TIME", "API", List.of(new Field("mobile", "手机号码", "STRING", 20, "预留手机号码", true, true))),
				new DataResource("RSJ-SBZT", "社会保险参保状态", "RSJ", "个人社会保险参保状态（职工、居民、退休、未参保）。", "PERSON",
						"ID_NUMBER", "CONDITIONAL", null, "NOT_OPEN", "DAILY", "API",
						List.of(name, new Field("social_security_status", "参保状态", "STRING", 20, "参保状态", true, false))),
				new DataResource("MZJ-HYZK", "婚姻状况", "MZJ", "婚姻登记形成的婚姻状况（未婚、已婚、离婚、丧偶）。", "PERSON",
						"ID_NUMBER", "CONDITIONAL", null, "NOT_OPEN", "REAL_TIME", "API",
						List.of(name, new Field("marital_status", "婚姻状况", "STRING", 12, "婚姻状况", true, true))),
				new DataResource("SJJ-DZZZ", "电子证照信息", "SJJ", "电子证照库中按电子证照标识查询的证照信息：类型、编号、持证主体、颁发机构、有效期和状态。",
						"LICENCE", "LICENCE_ID", "CONDITIONAL", null, "NOT_OPEN", "REAL_TIME", "API",
						List.of(new Field("type_code", "证照类型代码", "STRING", 21, "GB/T 36904 证照类型代码", false, false),
								new Field("type_name", "证照名称", "STRING", 100, "证照类型名称", false, false),
								new Field("number", "证照编号", "STRING", 40, "证照上印制的编号", false, false),
								new Field("holder_name", "持证主体", "STRING", 200, "持证人或持证单位名称", true, false),
								new Field("holder_code", "持证主体代码", "STRING", 18, "公民身份号码或统一社会信用代码", true, true),
								new Field("issuer_name", "颁发机构", "STRING", 100, "颁发机构名称", false, false),
								new Field("issued_on", "颁发日期", "DATE", 10, "颁发日期", false, false),
								new Field("valid_until", "有效期至", "DATE", 10, "有效期截止日期，长期有效为空", false, false),
								new Field("status", "证照状态", "STRING", 10, "VALID、SUSPENDED、REVOKED 或 EXPIRED", false, false))),
				new DataResource("SCJG-QYDJ", "企业登记信息", "SCJG", "市场主体登记的名称、类型、法定代表人、注册资本、成立日期、住所、经营范围和状态。",
						"LEGAL_PERSON", "CREDIT_CODE", "UNCONDITIONAL", null, "OPEN", "REAL_TIME", "API",
						List.of(new Field("name", "企业名称", "STRING", 200, "登记名称", false, false),
								new Field("type", "企业类型", "STRING", 40, "组织形式", false, false),
								new Field("legal_representative", "法定代表人", "STRING", 50, "法定代表人姓名", true, false),
								new Field("registered_capital", "注册资本", "DECIMAL", 18, "单位：元", false, false),
								new Field("established_on", "成立日期", "DATE", 10, "成立日期", false, false),
								new Field("address", "住所", "STRING", 200, "登记住所", false, false),
								new Field("business_scope", "经营范围", "STRING", 1000, "经营范围", false, false),
								new Field("status", "登记状态", "STRING", 12, "存续、注销或吊销", false, false))),
				new DataResource("SCJG-FDDBR", "法定代表人身份信息", "SCJG", "企业法定代表人的公民身份号码，用于核验代办人和法人授权。",
						"LEGAL_PERSON", "CREDIT_CODE", "CONDITIONAL", null, "NOT_OPEN", "REAL_TIME", "API",
						List.of(new Field("legal_representative_id", "法定代表人身份号码", "STRING", 18, "公民身份号码", true, true),
								new Field("legal_representative", "法定代表人", "STRING", 50, "姓名", true, false))),
				new DataResource("GHZY-BZDZ", "标准地址", "GHZY", "空间地理库的标准地址：所在区、路名门牌、WGS 84 坐标和 500 米管理网格，按标准地址编码查询。",
						"ADDRESS", "ADDRESS_CODE", "UNCONDITIONAL", null, "OPEN", "MONTHLY", "API",
						List.of(new Field("address", "标准地址", "STRING", 200, "完整标准地址", false, false),
								new Field("division_code", "所在区", "STRING", 6, "GB/T 2260 代码", false, false),
								new Field("street", "路名", "STRING", 60, "道路或街巷", false, false),
								new Field("house_number", "门牌号", "STRING", 20, "门牌号", false, false),
								new Field("longitude", "经度", "DECIMAL", 10, "WGS 84 经度", false, false),
								new Field("latitude", "纬度", "DECIMAL", 10, "WGS 84 纬度", false, false),
								new Field("grid_cell", "管理网格", "STRING", 20, "500 米网格编号", false, false))));
	}
}
