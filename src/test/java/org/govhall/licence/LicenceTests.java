package org.govhall.licence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.govhall.casework.ApplicantKind;
import org.govhall.casework.CaseApproved;
import org.govhall.casework.CaseFacts;
import org.govhall.casework.Applying;
import org.govhall.casework.Handling;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Licences end to end over HTTP: issued once from an approved case (even when the approval is heard twice),
 * verified as a credential, by identifier and by QR code, checked by an independent JOSE implementation against
 * the published keys, suspended and revoked into the status lists, shared, and seen only by those concerned.
 */
@GovHallTest
class LicenceTests {

	/** 建筑工程施工许可证 (ZJW). */
	static final String WORKS_PERMIT = "11100000MB0000035A001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void an_approved_case_yields_its_licence_once_even_when_the_approval_is_heard_twice() {
		HallClient boss = demoRepresentative();
		String creditCode = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String item = itemYielding(WORKS_PERMIT);
		String number = Applying.applied(boss, Map.of("item", item, "actingFor", creditCode));
		Handling.handle(port, number, "zjw", true);

		Map<String, Object> licence = await().atMost(Duration.ofSeconds(20)).until(() -> licenceOfCase(boss, number),
				l -> l != null);
		assertThat(licence.get("typeCode")).isEqualTo(WORKS_PERMIT);
		assertThat(licence.get("holderCode")).isEqualTo(creditCode);
		assertThat(licence.get("status")).isEqualTo("VALID");
		assertThat(LicenceIdentifier.parse((String) licence.get("identifier"))).isPresent();
		assertThat(jdbc.sql("select text from identity_dev_sms where mobile = '13800000001' order by id desc limit 5")
			.query(String.class).list()).as("the applicant is told").anyMatch(t -> t.contains("建筑工程施工许可证已签发"));
		assertThat((String) licence.get("identifier")).contains("." + departmentCreditCode("ZJW") + ".");

		CaseFacts facts = new CaseFacts(number, item, null, "zjw", ApplicantKind.COMPANY, 0, creditCode,
				java.time.Instant.now(), null, 1, 20, false);
		transactions.executeWithoutResult(tx -> events.publishEvent(new CaseApproved(facts)));
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				  and serialized_event like ?""").param("%" + number + "%").query(Long.class).single() == 0);
		assertThat(jdbc.sql("select count(*) from licence where case_number = ?").param(number).query(Long.class).single())
			.as("heard twice, issued once").isEqualTo(1);
	}

	@Test
	void a_credential_verifies_online_and_with_an_independent_jose_implementation_and_one_changed_byte_is_caught()
			throws Exception {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		String id = (String) licence.get("id");
		Response credential = boss.get("/api/v1/licences/" + id + "/credential");
		assertThat(credential.statusCode()).isEqualTo(200);
		assertThat(credential.contentType()).startsWith("application/vc+jwt");
		String jws = credential.asString();

		HallClient anyone = new HallClient(port);
		Response valid = anyone.postJson("/api/v1/licences/verification", Map.of("credential", jws));
		assertThat(valid.statusCode()).as(valid.asString()).isEqualTo(200);
		assertThat(valid.jsonPath().getString("outcome")).isEqualTo("VALID");
		assertThat(valid.jsonPath().getString("disclosed.holderCode")).isEqualTo(licence.get("holderCode"));
		assertThat(valid.jsonPath().getString("reason")).contains("签名有效");

		String[] parts = jws.split("\\.");
		byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
		payload[payload.length / 2] ^= 0x01;
		String changed = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
		assertThat(anyone.postJson("/api/v1/licences/verification", Map.of("credential", changed)).jsonPath()
			.getString("outcome")).isEqualTo("TAMPERED");
		assertThat(anyone.postJson("/api/v1/licences/verification", Map.of("credential", "not a licence"))
			.jsonPath().getString("outcome")).isEqualTo("UNKNOWN");

		// an independent implementation, with nothing but the published keys
		Response jwks = anyone.get("/api/v1/licences/jwks");
		assertThat(jwks.header("Cache-Control")).contains("max-age");
		JsonWebSignature verifier = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(jws);
		assertThat(verifier.getHeader("typ")).isEqualTo("vc+jwt");
		Map<String, Object> published = jwks.jsonPath().<Map<String, Object>>getList("keys").stream()
			.filter(k -> verifier.getKeyIdHeaderValue().equals(k.get("kid"))).findFirst().orElseThrow();
		verifier.setKey(JsonWebKey.Factory.newJwk(published).getKey());
		assertThat(verifier.verifySignature()).isTrue();
		assertThat(verifier.getPayload()).contains((String) licence.get("identifier"))
			.contains("\"https://www.w3.org/ns/credentials/v2\"").contains("BitstringStatusListEntry");
		JsonWebSignature forged = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(changed);
		forged.setKey(verifier.getKey());
		assertThat(forged.verifySignature()).isFalse();
	}

	@Test
	void an_identifier_or_a_qr_code_verifies_with_the_holder_masked_and_a_wrong_check_character_is_refused() {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "机动车驾驶证");
		String identifier = (String) licence.get("identifier");
		HallClient anyone = new HallClient(port);
		Response byId = anyone.postJson("/api/v1/licences/verification", Map.of("identifier", identifier));
		assertThat(byId.jsonPath().getString("outcome")).isEqualTo("VALID");
		assertThat(byId.jsonPath().getString("disclosed.holderCode")).as("a person's code is masked")
			.isNotEqualTo(licence.get("holderCode")).contains("*");
		Response byQr = anyone.postJson("/api/v1/licences/verification",
				Map.of("qr", "http://localhost:8080/licences/verify?id=" + identifier));
		assertThat(byQr.jsonPath().getString("outcome")).isEqualTo("VALID");

		char check = identifier.charAt(identifier.length() - 1);
		String wrong = identifier.substring(0, identifier.length() - 1) + (check == 'A' ? 'B' : 'A');
		Response refused = anyone.postJson("/api/v1/licences/verification", Map.of("identifier", wrong));
		assertThat(refused.jsonPath().getString("outcome")).isEqualTo("UNKNOWN");
		assertThat(refused.jsonPath().getString("reason")).contains("校验位");

		Response page = anyone.request().get("/licences/verify?id=" + identifier);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.asString()).contains("有效").contains("机动车驾驶证");

		List<Map<String, Object>> uses = boss.get("/api/v1/licences/" + licence.get("id") + "/uses").jsonPath()
			.getList("$");
		assertThat(uses).anyMatch(u -> "VERIFIED".equals(u.get("kind")) && "公众核验".equals(u.get("usedBy")));
	}

	@Test
	void suspension_and_revocation_reach_the_status_lists_and_the_verifiers() throws IOException {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "食品经营许可证");
		String id = (String) licence.get("id");
		int index = jdbc.sql("select status_index from licence where id = ?::uuid").param(id).query(Integer.class)
			.single();
		HallClient anyone = new HallClient(port);
		Response before = anyone.get("/api/v1/licences/status/revocation");
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(before.header("Cache-Control")).contains("max-age").contains("public");
		assertThat(anyone.request().header("If-None-Match", before.header("ETag"))
			.get("/api/v1/licences/status/revocation").statusCode()).isEqualTo(304);
		assertThat(bit(before.asString(), index)).isFalse();

		HallClient reviewer = new HallClient(port).signedIn("scjg.reviewer");
		assertThat(reviewer.postJson("/api/v1/licences/" + id + "/status", Map.of("status", "SUSPENDED", "reason", "抽查"))
			.statusCode()).as("only the head decides").isEqualTo(403);
		HallClient otherHead = new HallClient(port).signedIn("zjw.head");
		assertThat(otherHead.postJson("/api/v1/licences/" + id + "/status",
				Map.of("status", "SUSPENDED", "reason", "抽查")).statusCode()).as("another department's").isEqualTo(404);

		HallClient head = new HallClient(port).signedIn("scjg.head");
		Response noReason = head.postJson("/api/v1/licences/" + id + "/status", Map.of("status", "SUSPENDED", "reason", ""));
		assertThat(noReason.statusCode()).isEqualTo(400);
		Response suspended = head.postJson("/api/v1/licences/" + id + "/status",
				Map.of("status", "SUSPENDED", "reason", "经营场所与许可不符，责令整改"));
		assertThat(suspended.statusCode()).as(suspended.asString()).isEqualTo(200);
		assertThat(suspended.jsonPath().getString("status")).isEqualTo("SUSPENDED");
		assertThat(bit(anyone.get("/api/v1/licences/status/suspension").asString(), index)).isTrue();
		String identifier = (String) licence.get("identifier");
		assertThat(verify(anyone, identifier)).isEqualTo("SUSPENDED");

		assertThat(head.postJson("/api/v1/licences/" + id + "/status", Map.of("status", "VALID", "reason", "已整改"))
			.jsonPath().getString("status")).isEqualTo("VALID");
		assertThat(verify(anyone, identifier)).isEqualTo("VALID");

		assertThat(head.postJson("/api/v1/licences/" + id + "/status", Map.of("status", "REVOKED", "reason", "申请注销"))
			.jsonPath().getString("status")).isEqualTo("REVOKED");
		Response after = anyone.get("/api/v1/licences/status/revocation");
		assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
		assertThat(bit(after.asString(), index)).isTrue();
		assertThat(verify(anyone, identifier)).isEqualTo("REVOKED");
		Response again = head.postJson("/api/v1/licences/" + id + "/status", Map.of("status", "VALID", "reason", "误操作"));
		assertThat(again.statusCode()).as("revocation is final").isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'licence.statusChanged' and object_id = ?")
			.param(identifier).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void a_licence_is_seen_by_its_holder_the_issuing_department_and_a_share_link_until_it_expires() {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		String id = (String) licence.get("id");
		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(stranger.get("/api/v1/licences/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/licences/" + id + "/credential").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/licences").jsonPath().getList("$")).isEmpty();
		assertThat(new HallClient(port).signedIn("zjw.reviewer").get("/api/v1/licences/" + id).statusCode())
			.isEqualTo(404);
		HallClient scjg = new HallClient(port).signedIn("scjg.reviewer");
		assertThat(scjg.get("/api/v1/licences/" + id).statusCode()).isEqualTo(200);
		assertThat(scjg.get("/api/v1/licences?holder=" + licence.get("holderCode")).jsonPath().getList("id"))
			.contains(id);

		assertThat(boss.postJson("/api/v1/licences/" + id + "/shares", Map.of("days", 0)).statusCode()).isEqualTo(400);
		Response share = boss.postJson("/api/v1/licences/" + id + "/shares", Map.of("days", 7));
		assertThat(share.statusCode()).as(share.asString()).isEqualTo(201);
		String path = share.jsonPath().getString("url").replaceFirst("^https?://[^/]+", "");
		Response shown = new HallClient(port).get(path);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.asString()).contains((String) licence.get("holderName"));
		jdbc.sql("update licence_share set expires_at = now() - interval '1 minute' where licence_id = ?::uuid").param(id)
			.update();
		assertThat(new HallClient(port).get(path).statusCode()).isEqualTo(404);

		List<Map<String, Object>> uses = boss.get("/api/v1/licences/" + id + "/uses").jsonPath().getList("$");
		assertThat(uses).extracting(u -> u.get("kind")).contains("READ", "SHARED", "VERIFIED");
	}

	@Test
	void a_licence_past_its_last_day_is_expired_for_its_holder_and_its_verifiers() {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "公共场所卫生许可证");
		jdbc.sql("update licence set valid_until = ? where id = ?::uuid").params(LocalDate.now().minusDays(1), licence.get("id"))
			.update();
		assertThat(boss.get("/api/v1/licences/" + licence.get("id")).jsonPath().getString("status")).isEqualTo("EXPIRED");
		assertThat(verify(new HallClient(port), (String) licence.get("identifier"))).isEqualTo("EXPIRED");
	}

	@Test
	void a_rotated_key_keeps_earlier_licences_verifying_and_signs_the_next_ones() {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		String jws = boss.get("/api/v1/licences/" + licence.get("id") + "/credential").asString();
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		assertThat(admin.postJson("/api/v1/licences/keys/SCJG/rotation", Map.of("reason", "")).statusCode())
			.isEqualTo(400);
		assertThat(boss.postJson("/api/v1/licences/keys/SCJG/rotation", Map.of("reason", "定期轮换")).statusCode())
			.isEqualTo(403);
		Response rotated = admin.postJson("/api/v1/licences/keys/SCJG/rotation", Map.of("reason", "定期轮换"));
		assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
		String kid = rotated.jsonPath().getString("kid");
		assertThat(new HallClient(port).postJson("/api/v1/licences/verification", Map.of("credential", jws)).jsonPath()
			.getString("outcome")).isEqualTo("VALID");

		HallClient reviewer = new HallClient(port).signedIn("scjg.reviewer");
		Response issued = reviewer.postJson("/api/v1/licences", Map.of("typeCode", "11100000MB0000000P002", "holderName",
				licence.get("holderName"), "holderCode", licence.get("holderCode"), "fields",
				Map.of("legalRepresentative", "张三", "premises", "上海市黄浦区中山东一路1号", "businessKinds", "热食类食品制售",
						"foodSafetyOfficer", "李四"), "reason", "存量纸质证照转换为电子证照"));
		assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
		assertThat(jdbc.sql("select kid from licence where id = ?::uuid").param(issued.jsonPath().getString("id"))
			.query(String.class).single()).isEqualTo(kid);
		Response missing = reviewer.postJson("/api/v1/licences", Map.of("typeCode", "11100000MB0000000P002", "holderName",
				"某公司", "holderCode", "123", "fields", Map.of(), "reason", "测试"));
		assertThat(missing.statusCode()).isEqualTo(400);
	}

	@Test
	void every_finished_company_set_up_of_the_demo_history_has_its_business_licence() {
		long finished = jdbc.sql("""
				select count(*) from casework_branch b join casework_case c on c.number = b.case_number
				where c.bundle_code = 'YJS-KBQY' and b.status = 'APPROVED' and b.item_name = '有限责任公司设立登记'
				  and c.person_account = 0""").query(Long.class).single();
		long licensed = jdbc.sql("""
				select count(*) from licence l join casework_case c on c.number = l.case_number
				where c.bundle_code = 'YJS-KBQY' and c.person_account = 0 and l.type_code = '11100000MB0000000P001'
				  and l.holder_code = c.credit_code""").query(Long.class).single();
		assertThat(finished).isPositive();
		assertThat(licensed).isEqualTo(finished);
		assertThat(jdbc.sql("select count(*) from licence_type").query(Long.class).single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void the_printed_licence_holds_its_chinese_text_and_a_qr_code_that_leads_to_its_verification_page()
			throws Exception {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		Response pdf = boss.get("/api/v1/licences/" + licence.get("id") + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("营业执照").contains((String) licence.get("holderName"))
				.contains("经营范围").contains("颁发机构");
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
			int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
			Result qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
					new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
			assertThat(qr.getText()).endsWith("/licences/verify?id=" + licence.get("identifier"));
		}
		try (PDDocument english = Loader.loadPDF(
				boss.get("/api/v1/licences/" + licence.get("id") + "/pdf?lang=en").asByteArray())) {
			assertThat(new PDFTextStripper().getText(english)).contains("Business licence").contains("Licence number").contains("Issuer");
		}
	}

	@Test
	void an_application_attaches_the_companys_business_licence_by_reference_and_the_holder_sees_the_case_use_it() {
		HallClient boss = demoRepresentative();
		String creditCode = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String item = jdbc.sql("""
				select i.implementation_code from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'PUBLISHED' and v.content -> 'audiences' @> '"LEGAL_PERSON"'
				  and exists (select 1 from jsonb_array_elements(v.content -> 'guide' -> 'materials') m
				              where m ->> 'source' = 'ISSUED_BY_GOVERNMENT' and m ->> 'sourceDetail' = '营业执照')
				order by i.implementation_code limit 1""").query(String.class).single();
		Response started = Applying.start(boss, Map.of("item", item, "actingFor", creditCode));
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		String id = started.jsonPath().getString("id");
		Map<String, Object> material = started.jsonPath().<Map<String, Object>>getList("materials").stream()
			.filter(m -> !((List<?>) m.get("offered")).isEmpty()).findFirst()
			.orElseThrow(() -> new AssertionError("no licence offered in " + started.asString()));
		@SuppressWarnings("unchecked")
		Map<String, Object> offer = ((List<Map<String, Object>>) material.get("offered")).get(0);
		assertThat(offer.get("typeName")).isEqualTo("营业执照");
		String path = "/api/v1/applications/" + id + "/materials/" + material.get("key") + "/licence";

		String driving = (String) firstLicence(boss, "机动车驾驶证").get("identifier");
		Response wrong = boss.postJson(path, Map.of("identifier", driving));
		assertThat(wrong.statusCode()).as("a licence that does not prove the material").isEqualTo(400);
		Response attached = boss.postJson(path, Map.of("identifier", offer.get("identifier")));
		assertThat(attached.statusCode()).as(attached.asString()).isEqualTo(200);
		Map<String, Object> now = attached.jsonPath().<Map<String, Object>>getList("materials").stream()
			.filter(m -> m.get("key").equals(material.get("key"))).findFirst().orElseThrow();
		assertThat(((Map<?, ?>) now.get("uploaded")).get("licenceIdentifier")).isEqualTo(offer.get("identifier"));

		Applying.fillIn(boss, attached);
		Applying.uploadRequired(boss, boss.get("/api/v1/applications/" + id));
		Response submitted = Applying.submit(boss, id, java.util.UUID.randomUUID().toString());
		assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
		String number = submitted.jsonPath().getString("caseNumber");
		String licenceId = jdbc.sql("select id::text from licence where identifier = ?").param(offer.get("identifier"))
			.query(String.class).single();
		List<Map<String, Object>> uses = boss.get("/api/v1/licences/" + licenceId + "/uses").jsonPath().getList("$");
		assertThat(uses).anyMatch(u -> "ATTACHED".equals(u.get("kind")) && number.equals(u.get("caseNumber")));
		assertThat(boss.get("/api/v1/cases/" + number).jsonPath().getList("timeline.kind")).contains("LICENCE_ATTACHED");
		String department = jdbc.sql("select lower(department) from casework_branch where case_number = ? limit 1")
			.param(number).query(String.class).single();
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		Response task = clerk.get("/workbench/tasks/" + Handling.taskOf(clerk, number, "intake"));
		assertThat(task.statusCode()).isEqualTo(200);
		assertThat(task.asString()).as("the reviewer sees the licence verified").contains("电子证照 · 已核验")
			.contains((String) offer.get("identifier"));
	}

	@Test
	void the_ofd_rendition_is_a_gbt_33190_package_holding_the_licences_text() throws Exception {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		Response ofd = boss.get("/api/v1/licences/" + licence.get("id") + "/ofd");
		assertThat(ofd.statusCode()).isEqualTo(200);
		assertThat(ofd.contentType()).isEqualTo("application/ofd");
		java.nio.file.Path file = java.nio.file.Files.createTempFile("licence", ".ofd");
		java.nio.file.Files.write(file, ofd.asByteArray());
		StringBuilder text = new StringBuilder();
		try (org.ofdrw.reader.OFDReader reader = new org.ofdrw.reader.OFDReader(file)) {
			assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				assertThat(zip.getEntry("OFD.xml")).isNotNull();
				zip.stream().filter(e -> e.getName().endsWith("Content.xml")).forEach(e -> {
					try (InputStream in = zip.getInputStream(e)) {
						text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
					}
					catch (IOException x) {
						throw new java.io.UncheckedIOException(x);
					}
				});
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		String words = text.toString().replaceAll("<[^>]+>", "");
		assertThat(words).contains("营业执照").contains((String) licence.get("holderName"))
			.contains((String) licence.get("identifier"));
	}

	@Test
	void a_department_reads_a_licence_through_the_exchange_under_its_grant_logged_and_shown_to_the_holder() {
		HallClient boss = demoRepresentative();
		Map<String, Object> licence = firstLicence(boss, "营业执照");
		String identifier = (String) licence.get("identifier");
		Map<String, Object> lookup = Map.of("resource", "SJJ-DZZZ", "subject", identifier, "purpose",
				"建设工程规划许可审批：核验申请人营业执照");
		HallClient planning = new HallClient(port).signedIn("ghzy.reviewer");
		Response read = planning.postJson("/api/v1/exchange/lookups", lookup);
		assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
		assertThat(read.jsonPath().getString("fields.type_name")).isEqualTo("营业执照");
		assertThat(read.jsonPath().getString("fields.status")).isEqualTo("VALID");
		assertThat(jdbc.sql("""
				select count(*) from exchange_access_log where subject = ? and consumer = 'GHZY' and outcome = 'ANSWERED'""")
			.param(identifier).query(Long.class).single()).as("logged like every lookup").isEqualTo(1);
		List<Map<String, Object>> uses = boss.get("/api/v1/licences/" + licence.get("id") + "/uses").jsonPath().getList("$");
		assertThat(uses).anyMatch(u -> "READ".equals(u.get("kind")) && String.valueOf(u.get("usedBy")).startsWith("GHZY")
				&& String.valueOf(u.get("purpose")).contains("核验申请人营业执照"));

		Response refused = new HallClient(port).signedIn("zjw.reviewer").postJson("/api/v1/exchange/lookups", lookup);
		assertThat(refused.statusCode()).as("no grant").isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from exchange_access_log where subject = ? and outcome = 'DENIED'")
			.param(identifier).query(Long.class).single()).isEqualTo(1);
		Response unknown = planning.postJson("/api/v1/exchange/lookups", Map.of("resource", "SJJ-DZZZ", "subject",
				identifier.substring(0, identifier.length() - 3) + "999", "purpose", "核验"));
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	private String verify(HallClient client, String identifier) {
		return client.postJson("/api/v1/licences/verification", Map.of("identifier", identifier)).jsonPath()
			.getString("outcome");
	}

	/** Bit {@code index} of a status list credential, read as an offline verifier would. */
	static boolean bit(String statusListJws, int index) throws IOException {
		String payload = new String(Base64.getUrlDecoder().decode(statusListJws.split("\\.")[1]));
		String encoded = payload.replaceAll("(?s).*\"encodedList\":\"u([^\"]+)\".*", "$1");
		byte[] bits;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded)))) {
			bits = in.readAllBytes();
		}
		assertThat(bits.length * 8).isEqualTo(131_072);
		return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
	}

	private Map<String, Object> firstLicence(HallClient holder, String typeName) {
		List<Map<String, Object>> mine = holder.get("/api/v1/licences").jsonPath().getList("$");
		return mine.stream().filter(l -> typeName.equals(l.get("typeName")) && "VALID".equals(l.get("status")))
			.findFirst().orElseThrow(() -> new AssertionError("no valid " + typeName + " in " + mine));
	}

	private Map<String, Object> licenceOfCase(HallClient holder, String caseNumber) {
		List<Map<String, Object>> mine = holder.get("/api/v1/licences").jsonPath().getList("$");
		return mine.stream().filter(l -> caseNumber.equals(l.get("caseNumber"))).findFirst().orElse(null);
	}

	private String itemYielding(String licenceType) {
		return jdbc.sql("""
				select i.implementation_code from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'PUBLISHED' and v.content -> 'guide' -> 'result' ->> 'licenceType' = ?
				order by i.implementation_code limit 1""").param(licenceType).query(String.class).single();
	}

	private String departmentCreditCode(String code) {
		return jdbc.sql("select credit_code from identity_department where code = ?").param(code).query(String.class)
			.single();
	}

	private HallClient demoRepresentative() {
		return Handling.demoRepresentative(port);
	}
}
