package org.govhall.licence.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govhall.casework.ApprovedItem;
import org.govhall.casework.ApprovedItems;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemContent;
import org.govhall.catalog.ServiceItem;
import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.LegalPerson;
import org.govhall.exchange.Person;
import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceType;
import org.govhall.licence.internal.Issuance;
import org.govhall.licence.internal.LicenceDrafts;
import org.govhall.licence.internal.LicenceTypeStore;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's licence types (twelve, from 营业执照 to 教师资格证书) and licences on a demo hall's first start: a
 * business licence for each of the twenty active demo companies (the first also holds a food business and a
 * hygiene licence), licences of both demo citizens, and what every approved case of the demo history yields —
 * every finished 开办企业 has its 营业执照. Issued set-based (one statement), signed like any other.
 */
@Component
class DemoLicences implements StartupTask {

	static final String PURPOSE = "演示数据：为演示企业和市民制发电子证照";

	private static final Logger log = LoggerFactory.getLogger(DemoLicences.class);

	private static final String[] SCOPES = { "软件开发；信息技术咨询服务；数据处理服务",
			"餐饮服务；食品销售；外卖递送服务", "货物进出口；技术进出口；国内贸易代理", "企业管理咨询；市场营销策划；会议及展览服务" };

	private final GovHallProperties properties;

	private final LicenceTypeStore types;

	private final Issuance issuance;

	private final ApprovedItems approvals;

	private final Catalogue catalogue;

	private final BaseRegisters registers;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DemoLicences(GovHallProperties properties, LicenceTypeStore types, Issuance issuance, ApprovedItems approvals,
			Catalogue catalogue, BaseRegisters registers, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.properties = properties;
		this.types = types;
		this.issuance = issuance;
		this.approvals = approvals;
		this.catalogue = catalogue;
		this.registers = registers;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "licence.demo-licences";
	}

	/** The companies and citizens are those of the demo registers; the history part waits for the demo cases. */
	@Override
	public Set<String> after() {
		return Set.of("identity.demo-organisation", "identity.demo-citizens", "catalog.demo-catalogue");
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled()) {
			return;
		}
		types.addAll(readTypes(), clock.instant());
		if (jdbc.sql("select exists (select 1 from licence)").query(Boolean.class).single()) {
			return;
		}
		Map<String, LicenceType> byName = types.all().stream()
			.collect(Collectors.toMap(LicenceType::nameZh, Function.identity()));
		Random random = new Random(20261207L);
		List<Issuance.Draft> drafts = new ArrayList<>();
		companiesAndCitizens(byName, random, drafts);
		int written = issuance.write(drafts).size();
		log.info("Demo licences: {} types, {} licences of the demo companies and citizens", byName.size(), written);
	}

	/** What the demo case history yields, once the history is there. */
	@Component
	static class History implements StartupTask {

		private final DemoLicences demo;

		History(DemoLicences demo) {
			this.demo = demo;
		}

		@Override
		public String name() {
			return "licence.demo-history";
		}

		@Override
		public Set<String> after() {
			return Set.of("licence.demo-licences", "casework.demo-cases");
		}

		@Override
		public void run() {
			demo.issueHistory();
		}
	}

	@Transactional
	void issueHistory() {
		if (!properties.demo().enabled() || jdbc.sql("select exists (select 1 from licence where case_number is not null)")
			.query(Boolean.class).single()) {
			return;
		}
		List<Issuance.Draft> drafts = new ArrayList<>();
		history(new Random(20261208L), drafts);
		log.info("Demo licences: {} from the demo case history", issuance.write(drafts).size());
	}

	private void companiesAndCitizens(Map<String, LicenceType> byName, Random random, List<Issuance.Draft> drafts) {
		List<LegalPerson> companies = registers.activeCompanyCodes(20, PURPOSE).stream()
			.map(c -> registers.legalPerson(c, PURPOSE)).flatMap(Optional::stream).toList();
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		for (LegalPerson c : companies) {
			LocalDate issued = c.establishedOn() == null ? today.minusYears(2) : c.establishedOn();
			drafts.add(company(byName.get("营业执照"), c, business(c), issued));
		}
		if (companies.isEmpty()) {
			return;
		}
		LegalPerson first = companies.get(0);
		drafts.add(company(byName.get("食品经营许可证"), first, Map.of("legalRepresentative", first.legalRepresentative(),
				"premises", first.address(), "businessKinds", "热食类食品制售；自制饮品制售", "foodSafetyOfficer",
				first.legalRepresentative()), today.minusMonths(14)));
		drafts.add(company(byName.get("公共场所卫生许可证"), first, Map.of("premises", first.address(), "venueKind",
				"饭馆、咖啡馆"), today.minusMonths(3)));
		citizen(first.legalRepresentativeId(), byName, random, today, drafts, true);
		companies.stream().skip(1).filter(c -> !c.legalRepresentativeId().equals(first.legalRepresentativeId()))
			.findFirst().ifPresent(agent -> citizen(agent.legalRepresentativeId(), byName, random, today, drafts, false));
	}

	private void citizen(String idNumber, Map<String, LicenceType> byName, Random random, LocalDate today,
			List<Issuance.Draft> drafts, boolean representative) {
		Optional<Person> found = registers.person(idNumber, PURPOSE);
		if (found.isEmpty()) {
			return;
		}
		Person p = found.get();
		drafts.add(person(byName.get("机动车驾驶证"), p, Map.of("vehicleClass", "C1", "firstIssuedOn",
				today.minusYears(8 + random.nextInt(6)).toString()), today.minusYears(3)));
		if (representative) {
			drafts.add(person(byName.get("不动产权证书"), p, Map.of("location", "上海市浦东新区锦绣路" + (100 + random.nextInt(900))
					+ "弄" + (1 + random.nextInt(30)) + "号" + (101 + random.nextInt(1500)) + "室", "unitNumber",
					"310115" + String.format("%06d", random.nextInt(1_000_000)) + "GB00001F00010001", "use", "城镇住宅用地/住宅",
					"area", String.valueOf(60 + random.nextInt(90)) + ".42"), today.minusYears(5)));
			drafts.add(person(byName.get("结婚证"), p, Map.of("spouseName", "王丽", "registeredOn",
					today.minusYears(10).toString()), today.minusYears(10)));
		}
		else {
			drafts.add(person(byName.get("教师资格证书"), p, Map.of("qualificationKind", "高级中学教师资格", "subject", "数学"),
					today.minusYears(6)));
		}
	}

	/** What the approved cases of the demo history yield; answers how many. */
	private int history(Random random, List<Issuance.Draft> drafts) {
		Map<String, Optional<LicenceType>> yields = new HashMap<>();
		int n = 0;
		for (ApprovedItem a : approvals.all()) {
			Optional<LicenceType> type = yields.computeIfAbsent(a.item(), this::yieldOf);
			if (type.isEmpty()) {
				continue;
			}
			Map<String, String> answers = new LinkedHashMap<>(a.answers());
			if (type.get().template() == LicenceType.Template.BUSINESS) {
				answers.putIfAbsent("companyType", "有限责任公司（自然人投资或控股）");
				answers.putIfAbsent("legalRepresentative", a.personName());
				answers.putIfAbsent("registeredCapital", String.valueOf(10 * (1 + random.nextInt(100))));
				answers.putIfAbsent("operatingTerm", "长期");
				answers.putIfAbsent("registeredAddress", "上海市浦东新区张江路" + (100 + random.nextInt(900)) + "号");
				answers.putIfAbsent("businessScope", SCOPES[random.nextInt(SCOPES.length)]);
			}
			ApprovedItem filled = new ApprovedItem(a.caseNumber(), a.item(), a.itemName(), a.department(),
					a.applicantKind(), a.personAccount(), a.personName(), a.personIdNumber(), a.creditCode(),
					a.companyName(), a.divisionCode(), answers, a.approvedAt());
			drafts.add(LicenceDrafts.fromCase(type.get(), filled, Optional.empty(), properties.zone()));
			n++;
		}
		return n;
	}

	private Optional<LicenceType> yieldOf(String item) {
		return catalogue.published(item).map(ServiceItem::content).map(ItemContent::guide)
			.map(ItemContent.Guide::result).map(ItemContent.Result::licenceType).flatMap(types::find);
	}

	private static Map<String, String> business(LegalPerson c) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("companyType", c.type());
		f.put("legalRepresentative", c.legalRepresentative());
		if (c.registeredCapital() != null) {
			f.put("registeredCapital", c.registeredCapital().toPlainString());
		}
		if (c.establishedOn() != null) {
			f.put("establishedOn", c.establishedOn().toString());
		}
		f.put("operatingTerm", "长期");
		f.put("registeredAddress", c.address());
		f.put("businessScope", c.businessScope());
		f.values().removeIf(v -> v == null);
		return f;
	}

	private Issuance.Draft company(LicenceType type, LegalPerson c, Map<String, String> fields, LocalDate issued) {
		return new Issuance.Draft(type, HolderKind.COMPANY, c.name(), c.creditCode(), c.divisionCode(), fields, issued,
				null, null, "演示数据", "演示数据：存量证照");
	}

	private Issuance.Draft person(LicenceType type, Person p, Map<String, String> fields, LocalDate issued) {
		return new Issuance.Draft(type, HolderKind.PERSON, p.name(), p.idNumber(), "310000", fields, issued, null, null,
				"演示数据", "演示数据：存量证照");
	}

	private List<LicenceType> readTypes() {
		try (InputStream in = new ClassPathResource("licence/demo/licence-types.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<LicenceType>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
