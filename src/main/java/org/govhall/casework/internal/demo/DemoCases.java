package org.govhall.casework.internal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.govhall.casework.Submissions;
import org.govhall.casework.internal.CaseNumbers;
import org.govhall.catalog.Audience;
import org.govhall.catalog.Bundle;
import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.ItemSummary;
import org.govhall.catalog.Lifecycle;
import org.govhall.catalog.OnlineDepth;
import org.govhall.catalog.ServiceItem;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.calendar.StatutoryClock;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's case history (历史办件): a few hundred finished cases of the last four months, imported as if from the
 * system the hall replaced (no hall account behind them: {@code person_account = 0}), on the most used items and the
 * 开办企业 bundle, with realistic timings — an item mostly within its promised limit, a few late; company set-up
 * about 6.5 working days on average as the source documents report — and every ending: granted, refused, not
 * accepted, withdrawn. Supervision and statistics read them; no applicant sees them. Generated in memory from a
 * fixed seed and written with one statement per table.
 */
@Component
class DemoCases implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	static final int CASES = 360;

	private static final String COMPANY_SET_UP = "YJS-KBQY";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀英", "华", "建国", "晓东", "海燕", "志强", "雪梅" };

	private static final String[] TRADES = { "科技", "文化传媒", "餐饮管理", "建筑工程", "商贸", "信息技术", "物流", "咨询" };

	private static final String[] PLACES = { "浦江", "申城", "黄浦", "静安", "徐汇", "长宁", "普陀", "虹口" };

	private static final String[] REFUSALS = { "申请材料与实际情况不符", "不符合法定条件", "经现场核查，经营场所不符合要求" };

	private final GovHallProperties properties;

	private final Catalogue catalogue;

	private final WorkingDays workingDays;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DemoCases(GovHallProperties properties, Catalogue catalogue, WorkingDays workingDays, JdbcClient jdbc,
			JsonMapper json, Clock clock) {
		this.properties = properties;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "casework.demo-cases";
	}

	@Override
	public Set<String> after() {
		return Set.of("catalog.demo-catalogue");
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled()
				|| jdbc.sql("select exists (select 1 from casework_case where person_account = 0)").query(Boolean.class)
					.single()) {
			return;
		}
		long started = System.nanoTime();
		History history = history();
		if (history.cases.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into casework_application (id, applicant_kind, person_account, person_name, person_id_number,
				    credit_code, company_name, item_code, item_version, bundle_code, title, status, created_at, updated_at)
				select id, kind, 0, person_name, person_id, credit_code, company_name, item_code, item_version, bundle_code,
				       title, 'SUBMITTED', submitted_at, submitted_at
				from jsonb_to_recordset(?::jsonb) as x(id uuid, kind text, person_name text, person_id text,
				    credit_code text, company_name text, item_code text, item_version int, bundle_code text, title text,
				    submitted_at timestamptz)""").param(json.writeValueAsString(history.cases)).update();
		jdbc.sql("""
				insert into casework_case (number, application_id, applicant_kind, person_account, person_name, credit_code,
				    company_name, item_code, bundle_code, title, division_code, status, submitted_at, submitted_on,
				    finished_at, decision_reason, channel)
				select number, id, kind, 0, person_name, credit_code, company_name, item_code, bundle_code, title, division,
				       status, submitted_at, submitted_on, finished_at, decision_reason,
				       channel
				from jsonb_to_recordset(?::jsonb) as x(number text, id uuid, kind text, person_name text, credit_code text,
				    company_name text, item_code text, bundle_code text, title text, division text, status text,
				    submitted_at timestamptz, submitted_on date, finished_at timestamptz, decision_reason text,
				    channel text)""")
			.param(json.writeValueAsString(history.cases)).update();
		jdbc.sql("""
				insert into casework_branch (case_number, stage, item_code, item_version, item_name, department, status,
				    promised_limit, legal_limit, clock_periods, due_on, legal_due_on, decided_by, decided_at,
				    decision_reason, legal_basis)
				select case_number, stage, item_code, item_version, item_name, department, status, promised_limit,
				       legal_limit, periods, due_on, legal_due_on, decided_by, decided_at, decision_reason, legal_basis
				from jsonb_to_recordset(?::jsonb) as x(case_number text, stage int, item_code text, item_version int,
				    item_name text, department text, status text, promised_limit int, legal_limit int, periods jsonb,
				    due_on date, legal_due_on date, decided_by text, decided_at timestamptz, decision_reason text,
				    legal_basis text)""").param(json.writeValueAsString(history.branches)).update();
		jdbc.sql("""
				insert into casework_timeline (case_number, occurred_at, kind, actor, public, detail)
				select case_number, occurred_at, kind, actor, true, detail
				from jsonb_to_recordset(?::jsonb) as x(case_number text, occurred_at timestamptz, kind text, actor text,
				    detail text)""").param(json.writeValueAsString(history.timeline)).update();
		jdbc.sql("""
				insert into casework_number_sequence (division_code, day, last_value)
				select division, day, max(sequence) from jsonb_to_recordset(?::jsonb) as x(division text, day date, sequence int)
				group by division, day
				on conflict (division_code, day) do update set last_value = greatest(casework_number_sequence.last_value,
				    excluded.last_value)""").param(json.writeValueAsString(history.numbers)).update();
		log.info("Demo case history: {} cases, {} branches in {} ms", history.cases.size(), history.branches.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** What one generation writes, table by table. */
	private record History(List<Map<String, Object>> cases, List<Map<String, Object>> branches,
			List<Map<String, Object>> timeline, List<Map<String, Object>> numbers) {
	}

	/** One item as the history needs it. */
	private record Item(String code, int version, String name, String department, String division, int promised,
			int legal, boolean forCompanies) {
	}

	History history() {
		List<Item> items = items();
		List<Item> setUp = catalogue.bundle(COMPANY_SET_UP).map(this::bundleItems).orElse(List.of());
		History history = new History(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		if (items.isEmpty()) {
			return history;
		}
		WorkingDayCalendar calendar = workingDays.calendar();
		Random random = new Random(20261207L);
		ZoneId zone = clock.getZone();
		LocalDate today = LocalDate.now(clock);
		Map<String, Integer> sequences = new HashMap<>();
		for (int n = 0; n < CASES; n++) {
			boolean bundle = !setUp.isEmpty() && n % 6 == 0;
			List<Item> members = bundle ? setUp : List.of(items.get(Math.floorMod(random.nextInt(), items.size())));
			Item first = members.get(0);
			boolean company = bundle || first.forCompanies();
			LocalDate submittedOn = workingDay(calendar, today.minusDays(7 + random.nextInt(115)));
			Instant submittedAt = submittedOn.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60)))
				.atZone(zone).toInstant();
			String key = first.division() + submittedOn;
			int sequence = sequences.merge(key, 1, Integer::sum);
			String number = CaseNumbers.format(first.division(), submittedOn, sequence);
			history.numbers.add(Map.of("division", first.division(), "day", submittedOn.toString(), "sequence", sequence));
			String person = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			Ending ending = Ending.draw(random);
			// company set-up: 4 to 9 working days, about 6.5 on average; an item: mostly within its promised limit
			int days = bundle ? 4 + random.nextInt(6) : ending == Ending.LATE ? first.promised() + 1 + random.nextInt(3)
					: 1 + random.nextInt(Math.max(1, first.promised()));
			LocalDate finishedOn = calendar.addWorkingDays(submittedOn, Math.max(1, days));
			if (!finishedOn.isBefore(today)) {
				finishedOn = workingDayBefore(calendar, today);
			}
			Instant finishedAt = finishedOn.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(zone)
				.toInstant();
			String status = ending.caseStatus();
			int refusing = ending == Ending.REFUSED || ending == Ending.NOT_ACCEPTED ? random.nextInt(members.size()) : -1;
			String reason = refusing < 0 ? null : REFUSALS[random.nextInt(REFUSALS.length)];
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", UUID.nameUUIDFromBytes(("demo-case-" + n).getBytes()).toString());
			c.put("number", number);
			c.put("kind", company ? "COMPANY" : "PERSON");
			c.put("person_name", person);
			c.put("person_id", IdentityNumbers.generate("310101", LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12),
					1 + random.nextInt(28)), 1 + random.nextInt(998)));
			if (company) {
				c.put("credit_code", CreditCodes.generate('9', '1', "310000", String.format("MA1DM%03d", n)));
				c.put("company_name", "上海" + PLACES[random.nextInt(PLACES.length)] + TRADES[random.nextInt(TRADES.length)]
						+ "有限公司");
			}
			c.put("item_code", bundle ? null : first.code());
			c.put("item_version", bundle ? null : first.version());
			c.put("bundle_code", bundle ? COMPANY_SET_UP : null);
			c.put("title", bundle ? "开办企业一件事" : first.name());
			c.put("division", first.division());
			c.put("status", status);
			c.put("submitted_at", submittedAt.toString());
			c.put("submitted_on", submittedOn.toString());
			c.put("finished_at", finishedAt.toString());
			c.put("decision_reason", reason == null ? null : members.get(refusing).name() + "：" + reason);
			c.put("channel", random.nextInt(5) == 0 ? "WINDOW" : "ONLINE");
			history.cases.add(c);
			timeline(history, number, submittedAt, "SUBMITTED", "applicant", c.get("title"));
			for (int m = 0; m < members.size(); m++) {
				Item item = members.get(m);
				String branchStatus = refusing < 0 ? (ending == Ending.WITHDRAWN ? "STOPPED" : "APPROVED")
						: m == refusing ? (ending == Ending.REFUSED ? "REFUSED" : "NOT_ACCEPTED") : "STOPPED";
				StatutoryClock started = StatutoryClock.start(submittedOn, item.promised());
				Map<String, Object> b = new LinkedHashMap<>();
				b.put("case_number", number);
				b.put("stage", bundle && m > 0 ? 2 : 1);
				b.put("item_code", item.code());
				b.put("item_version", item.version());
				b.put("item_name", item.name());
				b.put("department", item.department());
				b.put("status", branchStatus);
				b.put("promised_limit", item.promised());
				b.put("legal_limit", item.legal());
				b.put("periods", List.of(Map.of("start", submittedOn.toString(), "end", finishedOn.toString())));
				b.put("due_on", started.deadline(calendar).map(LocalDate::toString).orElse(null));
				b.put("legal_due_on", new StatutoryClock(item.legal(), 0, started.periods()).deadline(calendar)
					.map(LocalDate::toString).orElse(null));
				boolean decided = !"STOPPED".equals(branchStatus);
				b.put("decided_by", decided ? item.department().toLowerCase() + ".head" : null);
				b.put("decided_at", decided ? finishedAt.toString() : null);
				b.put("decision_reason", m == refusing ? reason : null);
				b.put("legal_basis", m == refusing ? "《中华人民共和国行政许可法》第三十八条" : null);
				history.branches.add(b);
			}
			timeline(history, number, finishedAt, ending == Ending.WITHDRAWN ? "WITHDRAWN" : "FINISHED",
					ending == Ending.WITHDRAWN ? "applicant" : "system", status);
		}
		return history;
	}

	private static void timeline(History history, String number, Instant at, String kind, String actor, Object detail) {
		Map<String, Object> t = new HashMap<>();
		t.put("case_number", number);
		t.put("occurred_at", at.toString());
		t.put("kind", kind);
		t.put("actor", actor);
		t.put("detail", String.valueOf(detail));
		history.timeline.add(t);
	}

	/** How a historical case ended, drawn with the shares a hall sees. */
	private enum Ending {
		ON_TIME, LATE, REFUSED, NOT_ACCEPTED, WITHDRAWN;

		static Ending draw(Random random) {
			int r = random.nextInt(100);
			return r < 78 ? ON_TIME : r < 84 ? LATE : r < 91 ? REFUSED : r < 95 ? NOT_ACCEPTED : WITHDRAWN;
		}

		String caseStatus() {
			return switch (this) {
				case ON_TIME, LATE -> "APPROVED";
				case REFUSED -> "REFUSED";
				case NOT_ACCEPTED -> "NOT_ACCEPTED";
				case WITHDRAWN -> "WITHDRAWN";
			};
		}
	}

	/** The most used items people apply for online, as the catalogue lists them. */
	private List<Item> items() {
		List<Item> items = new ArrayList<>();
		for (ItemSummary summary : catalogue.list(new ItemFilter(null, null, null, null, null), 0, 100).items()) {
			if (summary.onlineDepth() == OnlineDepth.INFORMATION || summary.lifecycle() != Lifecycle.ACTIVE
					|| summary.promisedLimit() == null || items.size() >= 40) {
				continue;
			}
			catalogue.published(summary.implementationCode()).map(DemoCases::item).ifPresent(items::add);
		}
		return items;
	}

	private List<Item> bundleItems(Bundle bundle) {
		return catalogue.bundleItems(bundle).stream().flatMap(List::stream).map(DemoCases::item).toList();
	}

	private static Item item(ServiceItem item) {
		int promised = Math.max(1, Submissions.workingDays(item.content().promisedLimit()));
		int legal = Math.max(promised, item.content().legalLimit() == null ? 20 : Submissions.workingDays(item.content().legalLimit()));
		return new Item(item.implementationCode(), item.version(), item.content().name(), item.departmentCode(),
				item.divisionCode(), promised, legal, !item.content().audiences().contains(Audience.NATURAL_PERSON));
	}

	private static LocalDate workingDay(WorkingDayCalendar calendar, LocalDate day) {
		LocalDate d = day;
		while (!calendar.isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static LocalDate workingDayBefore(WorkingDayCalendar calendar, LocalDate today) {
		LocalDate d = today.minusDays(1);
		while (!calendar.isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}
}
