package org.govhall.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real people of the synthetic population for identity tests, each with a mobile number of their own, and the
 * codes the development SMS adapter "sent" them.
 */
public final class Citizens {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final Pattern CODE = Pattern.compile("验证码 ([0-9]{6})");

	private Citizens() {
	}

	/** A person of the population register. */
	public record Someone(String idNumber, String name, String mobile) {
	}

	/** An adult of the population register without an account yet, with a fresh mobile number. */
	public static Someone unregistered(JdbcClient jdbc) {
		int n = NEXT.incrementAndGet();
		var row = jdbc.sql("""
				select id_number, name from exchange_person p
				where birth_date < current_date - interval '20 years'
				  and not exists (select 1 from identity_person_account a where a.identity_number = p.id_number)
				order by id_number offset ? limit 1""")
			.param(n * 7).query((rs, i) -> new String[] { rs.getString(1).strip(), rs.getString(2) }).single();
		return new Someone(row[0], row[1], mobile(n));
	}

	/** A person of the register with their mobile, for a given identity number. */
	public static Someone of(JdbcClient jdbc, String idNumber) {
		String name = jdbc.sql("select name from exchange_person where id_number = ?").param(idNumber)
			.query(String.class).single();
		return new Someone(idNumber, name, mobile(NEXT.incrementAndGet()));
	}

	public static String mobile(int n) {
		return "1390" + String.format("%07d", n);
	}

	/** The newest code texted to a mobile. */
	public static String lastCode(JdbcClient jdbc, String mobile) {
		String text = jdbc.sql("select text from identity_dev_sms where mobile = ? order by id desc limit 1")
			.param(mobile).query(String.class).single();
		Matcher m = CODE.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no code in " + text);
		}
		return m.group(1);
	}

	/** Registers through the API (start and confirmation); answers the confirmation. */
	public static Response register(HallClient client, JdbcClient jdbc, Someone someone) {
		client.get("/login");
		Response start = client.postJson("/api/v1/identity/registrations", Map.of("identityNumber",
				someone.idNumber(), "name", someone.name(), "mobile", someone.mobile(), "password", PASSWORD,
				"consent", true));
		if (start.statusCode() != 202) {
			throw new IllegalStateException("registration refused: " + start.asString());
		}
		String registration = start.jsonPath().getString("registration");
		return client.postJson("/api/v1/identity/registrations/" + registration + "/confirmation",
				Map.of("code", lastCode(jdbc, someone.mobile())));
	}

	/** Registers and signs in. */
	public static HallClient signedIn(int port, JdbcClient jdbc, Someone someone) {
		HallClient client = new HallClient(port);
		Response confirmed = register(client, jdbc, someone);
		if (confirmed.statusCode() != 200) {
			throw new IllegalStateException("registration failed: " + confirmed.asString());
		}
		return signIn(port, someone.idNumber());
	}

	public static HallClient signIn(int port, String signInName) {
		HallClient client = new HallClient(port);
		Response response = client.signIn(signInName, PASSWORD);
		if (!String.valueOf(response.header("Location")).endsWith("/my")) {
			throw new IllegalStateException("could not sign in " + signInName + ": " + response.header("Location"));
		}
		client.get("/my");
		return client;
	}

	/** Every test citizen's password. */
	public static final String PASSWORD = "Citizen2026pass";
}
