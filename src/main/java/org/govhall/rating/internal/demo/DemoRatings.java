package org.govhall.rating.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.govhall.casework.CaseStatus;
import org.govhall.casework.FinishedCase;
import org.govhall.casework.FinishedCases;
import org.govhall.rating.RatingTag;
import org.govhall.rating.internal.RatingProperties;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings of the demo case history: every finished case of it (withdrawn ones excepted) open for rating, about
 * four in five rated a few days after it finished — mostly five and four stars, some three, a few bad ones — with tags
 * and, for some, a comment (a few published, the rest awaiting moderation); the bad ones' follow-ups in every state:
 * open, escalated, answered, judged. Generated from a fixed seed and written with one statement per table.
 */
@Component
class DemoRatings implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoRatings.class);

	private static final String[] PRAISE = { "窗口工作人员很耐心，一次就办好了。", "网上提交后很快就审批通过，省了不少时间。",
			"指引写得清楚，材料一次备齐。", "比预期快，点赞！" };

	private static final String[] COMPLAINT = { "来回跑了三趟，每次都说材料不全。", "超过承诺时限也没有人告知进度。",
			"电话一直打不通，窗口态度也不好。" };

	private final GovHallProperties properties;

	private final RatingProperties ratings;

	private final FinishedCases finished;

	private final WorkingDays workingDays;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DemoRatings(GovHallProperties properties, RatingProperties ratings, FinishedCases finished,
			WorkingDays workingDays, JdbcClient jdbc, JsonMapper json) {
		this.properties = properties;
		this.ratings = ratings;
		this.finished = finished;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String name() {
		return "rating.demo-ratings";
	}

	@Override
	public Set<String> after() {
		return Set.of("casework.demo-cases");
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled()
				|| jdbc.sql("select exists (select 1 from rating_case where applicant_account = 0)").query(Boolean.class)
					.single()) {
			return;
		}
		long started = System.nanoTime();
		List<FinishedCase> history = finished.all().stream()
			.filter(c -> c.personAccount() == 0 && c.outcome() != CaseStatus.WITHDRAWN).toList();
		if (history.isEmpty()) {
			return;
		}
		Generated g = generate(history, new Random(20261208L), properties.zone(), workingDays.calendar(),
				ratings.followUpWorkingDays());
		jdbc.sql("""
				insert into rating_case (case_number, item_code, item_name, department, departments, applicant_account,
				    applicant_name, applicant_id_number, outcome, finished_at, link_expires_at)
				select number, item, item_name, departments[1], departments, 0, name, id_number, outcome, finished_at,
				       finished_at + ?::interval
				from jsonb_to_recordset(?::jsonb) as x(number text, item text, item_name text, departments varchar[],
				    name text, id_number text, outcome text, finished_at timestamptz)""")
			.params(ratings.linkValidFor().toSeconds() + " seconds", json.writeValueAsString(g.cases)).update();
		jdbc.sql("""
				insert into rating (case_number, stars, tags, comment, channel, recorded_by, rated_at, rated_on,
				    comment_status, published_comment, moderated_by, moderated_at)
				select number, stars, tags, comment, channel, recorded_by, rated_at, rated_on, comment_status,
				       case when comment_status = 'PUBLISHED' then comment end,
				       case when comment_status = 'PUBLISHED' then 'dcb.supervisor1' end,
				       case when comment_status = 'PUBLISHED' then rated_at + interval '1 day' end
				from jsonb_to_recordset(?::jsonb) as x(number text, stars int, tags varchar[], comment text,
				    channel text, recorded_by text, rated_at timestamptz, rated_on date, comment_status text)""")
			.param(json.writeValueAsString(g.ratings)).update();
		jdbc.sql("""
				insert into rating_follow_up (case_number, department, stars, opened_on, due_on, contact_note,
				    rectification, answered_by, answered_at, escalated_at, verdict, verdict_at)
				select x.number, c.department, x.stars, x.opened_on, x.due_on, x.contact_note, x.rectification,
				       x.answered_by, x.answered_at, x.escalated_at, x.verdict, x.verdict_at
				from jsonb_to_recordset(?::jsonb) as x(number text, stars int, opened_on date, due_on date,
				    contact_note text, rectification text, answered_by text, answered_at timestamptz,
				    escalated_at timestamptz, verdict text, verdict_at timestamptz)
				join rating_case c on c.case_number = x.number""").param(json.writeValueAsString(g.followUps)).update();
		log.info("Demo ratings: {} cases open for rating, {} rated, {} follow-ups in {} ms", g.cases.size(),
				g.ratings.size(), g.followUps.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The rows of the three tables, as JSON objects. */
	record Generated(List<Map<String, Object>> cases, List<Map<String, Object>> ratings,
			List<Map<String, Object>> followUps) {
	}

	static Generated generate(List<FinishedCase> history, Random random, ZoneId zone, WorkingDayCalendar calendar,
			int followUpDays) {
		Instant now = Instant.now();
		LocalDate today = now.atZone(zone).toLocalDate();
		Generated g = new Generated(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (FinishedCase c : history) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("number", c.caseNumber());
			row.put("item", c.item());
			row.put("item_name", c.itemName());
			row.put("departments", c.departments().stream().map(d -> d.toUpperCase(Locale.ROOT)).toList());
			row.put("name", c.personName());
			row.put("id_number", c.personIdNumber());
			row.put("outcome", c.outcome().name());
			row.put("finished_at", c.finishedAt().toString());
			g.cases.add(row);
			if (random.nextInt(100) >= 80) {
				continue;
			}
			int stars = stars(random, c.outcome());
			Instant ratedAt = c.finishedAt().plusSeconds(3600L * (1 + random.nextInt(72)));
			LocalDate ratedOn = ratedAt.atZone(zone).toLocalDate();
			if (ratedAt.isAfter(now)) {
				ratedAt = c.finishedAt();
				ratedOn = ratedAt.atZone(zone).toLocalDate();
			}
			g.ratings.add(rating(c, stars, ratedAt, ratedOn, random));
			if (stars <= 2) {
				g.followUps.add(followUp(c, stars, ratedAt, ratedOn, calendar.addWorkingDays(ratedOn, followUpDays), today,
						random));
			}
		}
		return g;
	}

	/** Mostly five and four stars; refusals are rated lower. */
	private static int stars(Random random, CaseStatus outcome) {
		int p = random.nextInt(100) - (outcome == CaseStatus.APPROVED ? 0 : 25);
		return p >= 40 ? 5 : p >= 12 ? 4 : p >= 4 ? 3 : p >= 0 ? 2 : random.nextBoolean() ? 1 : 2;
	}

	private static Map<String, Object> rating(FinishedCase c, int stars, Instant ratedAt, LocalDate ratedOn,
			Random random) {
		List<RatingTag> fitting = RatingTag.ofPolarity(stars >= 3);
		List<String> tags = new ArrayList<>();
		for (int i = 0, n = random.nextInt(3); i < n; i++) {
			String tag = fitting.get(random.nextInt(fitting.size())).name();
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("number", c.caseNumber());
		r.put("stars", stars);
		r.put("tags", tags);
		boolean commented = stars <= 2 || random.nextInt(100) < 15;
		String comment = !commented ? null
				: stars <= 2 ? COMPLAINT[random.nextInt(COMPLAINT.length)] : PRAISE[random.nextInt(PRAISE.length)];
		r.put("comment", comment);
		r.put("comment_status", comment == null ? null : random.nextInt(100) < 60 ? "PUBLISHED" : "PENDING");
		boolean window = random.nextInt(100) < 20;
		r.put("channel", window ? "WINDOW" : random.nextBoolean() ? "ONLINE" : "LINK");
		r.put("recorded_by", window ? c.departments().get(0).toLowerCase(Locale.ROOT) + ".clerk" : "演示数据");
		r.put("rated_at", ratedAt.toString());
		r.put("rated_on", ratedOn.toString());
		return r;
	}

	/** Open while its last day has not passed; after it escalated, answered, or answered and judged. */
	private static Map<String, Object> followUp(FinishedCase c, int stars, Instant ratedAt, LocalDate ratedOn,
			LocalDate due, LocalDate today, Random random) {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("number", c.caseNumber());
		f.put("stars", stars);
		f.put("opened_on", ratedOn.toString());
		f.put("due_on", due.toString());
		if (!due.isBefore(today)) {
			return f;
		}
		int p = random.nextInt(100);
		if (p < 25) {
			f.put("escalated_at", ratedAt.plusSeconds(86_400L * 8).toString());
			return f;
		}
		Instant answered = ratedAt.plusSeconds(86_400L * (1 + random.nextInt(4)));
		f.put("contact_note", "已电话联系申请人，了解办理中遇到的问题并致歉。");
		f.put("rectification", "已对窗口人员开展服务规范培训，并在办事指南中补充材料示例。");
		f.put("answered_by", c.departments().get(0).toLowerCase(Locale.ROOT) + ".head");
		f.put("answered_at", answered.toString());
		if (p < 75) {
			f.put("verdict", p < 60 ? "SATISFIED" : "UNSATISFIED");
			f.put("verdict_at", answered.plusSeconds(86_400L * 2).toString());
		}
		return f;
	}
}
