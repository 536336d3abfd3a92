package org.govhall.casework;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.support.HallClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling in and submitting applications over the API as an applicant would, for the casework tests. */
public final class Applying {

	/** The smallest PDF the sniffing accepts. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private Applying() {
	}

	public static Response start(HallClient applicant, Map<String, ?> what) {
		return applicant.postJson("/api/v1/applications", what);
	}

	/** Fills every entry that is not verified with a valid value of its type and element; answers the application. */
	public static Response fillIn(HallClient applicant, Response application) {
		String id = application.jsonPath().getString("id");
		Map<String, String> answers = new HashMap<>();
		for (Map<String, Object> field : application.jsonPath().<Map<String, Object>>getList("fields")) {
			if (Boolean.TRUE.equals(field.get("verified"))) {
				continue;
			}
			answers.put((String) field.get("key"), valueFor(field));
		}
		Response saved = applicant.request().contentType("application/json")
			.body(Map.of("version", application.jsonPath().getInt("version"), "answers", answers))
			.put("/api/v1/applications/" + id);
		assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(200);
		return saved;
	}

	/** Uploads a PDF (or PNG) for every material that must be uploaded. */
	public static Response uploadRequired(HallClient applicant, Response application) {
		String id = application.jsonPath().getString("id");
		Response last = application;
		for (Map<String, Object> material : application.jsonPath().<Map<String, Object>>getList("materials")) {
			if (Boolean.TRUE.equals(material.get("required"))) {
				last = upload(applicant, id, (String) material.get("key"), "申请书.pdf", PDF);
				assertThat(last.statusCode()).as(last.asString()).isEqualTo(200);
			}
		}
		return last;
	}

	public static Response upload(HallClient applicant, String id, String key, String name, byte[] content) {
		return applicant.request().multiPart("file", name, content, "application/octet-stream")
			.post("/api/v1/applications/" + id + "/materials/" + key);
	}

	public static Response submit(HallClient applicant, String id, String key) {
		return applicant.request().header("Idempotency-Key", key).post("/api/v1/applications/" + id + "/submission");
	}

	/** Starts, fills in, uploads and submits; answers the case number. */
	public static String applied(HallClient applicant, Map<String, ?> what) {
		Response started = start(applicant, what);
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		fillIn(applicant, started);
		uploadRequired(applicant, started);
		Response submitted = submit(applicant, started.jsonPath().getString("id"), UUID.randomUUID().toString());
		assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
		return submitted.jsonPath().getString("caseNumber");
	}

	@SuppressWarnings("unchecked")
	public static String valueFor(Map<String, Object> field) {
		String element = (String) field.get("element");
		List<String> options = (List<String>) field.get("options");
		if (element != null) {
			switch (element) {
				case "MOBILE": return "13912345678";
				case "CONTACT_PHONE": return "021-62345678";
				case "EMAIL": return "zhang.san@example.cn";
				case "POSTAL_CODE": return "200001";
				case "IDENTITY_NUMBER", "LEGAL_REPRESENTATIVE_ID": return "11010519491231002X";
				case "CREDIT_CODE": return CreditCodes.generate('9', '1', "310000", "MA1FL0A9");
				case "DIVISION_CODE": return "310104";
				case "GENDER": return options.isEmpty() ? "男" : options.get(0);
				case "MARITAL_STATUS": return options.isEmpty() ? "未婚" : options.get(0);
				default: break;
			}
		}
		return switch ((String) field.get("type")) {
			case "NUMBER" -> "10";
			case "DATE" -> "2026-01-05";
			case "BOOLEAN" -> "true";
			case "CHOICE" -> options.get(0);
			case "LONG_TEXT" -> "一般项目：技术服务、技术开发、技术咨询。";
			default -> "测试内容";
		};
	}
}
