package org.govhall.identity.internal.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes sent by text message (短信验证码). A code is good for {@link #VALID_FOR}, once, and for
 * {@link #MAX_ATTEMPTS} tries; only a salted hash is stored. The {@link CodeLimits} keep anybody from flooding a
 * phone or buying texts with the hall's money.
 */
@Service
public class OneTimeCodes {

	public static final Duration VALID_FOR = Duration.ofMinutes(5);

	public static final int MAX_ATTEMPTS = 5;

	public static final int DAILY_LIMIT = CodeLimits.DAILY_LIMIT;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final SmsGateway sms;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final CodeLimits limits;

	private final AuditTrail audit;

	OneTimeCodes(JdbcClient jdbc, SmsGateway sms, Clock clock, CodeLimits limits, AuditTrail audit) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.clock = clock;
		this.limits = limits;
		this.audit = audit;
	}

	/** What a code is for. */
	public enum Purpose {
		REGISTER, SIGN_IN, RESET
	}

	/**
	 * Sends a new code for {@code purpose} to {@code mobile}, remembering {@code payload} with it. Answers the
	 * code's identifier, which the confirming request carries. The limits are checked before anything is
	 * written or audited; the text is audited with the mobile masked.
	 */
	@Transactional
	public UUID send(Purpose purpose, String mobile, Map<String, String> payload, String clientAddress) {
		String code = "%06d".formatted(random.nextInt(1_000_000));
		UUID id = store(purpose, mobile, code, payload, clientAddress);
		sms.send(mobile, text(purpose, code));
		audit.record(AuditEvent.of("person.codeSent").on("mobile", Masks.mobile(mobile)).detail("purpose", purpose)
			.detail("challenge", id));
		return id;
	}

	/**
	 * Answers like {@link #send} where there is nobody to send a code to (a mobile without an account): the same
	 * limits, the same kind of identifier, and a challenge that takes tries and expires like a real one, but no
	 * code that could ever match and no text. So a caller learns nothing from the answers about which mobiles
	 * have accounts.
	 */
	@Transactional
	public UUID withhold(Purpose purpose, String mobile, String clientAddress) {
		byte[] unguessable = new byte[32];
		random.nextBytes(unguessable);
		return store(purpose, mobile, HexFormat.of().formatHex(unguessable), Map.of(), clientAddress);
	}

	private UUID store(Purpose purpose, String mobile, String code, Map<String, String> payload,
			String clientAddress) {
		Instant now = clock.instant();
		limits.check(mobile, clientAddress, now);
		byte[] saltBytes = new byte[16];
		random.nextBytes(saltBytes);
		String salt = HexFormat.of().formatHex(saltBytes);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into identity_one_time_code (id, purpose, mobile, code_hash, salt, payload, created_at, expires_at,
				    client_address)
				values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
			.params(id, purpose.name(), mobile, hash(salt, code), salt, JSON.writeValueAsString(payload),
					Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR)), clientAddress)
			.update();
		return id;
	}

	/** How many tries a code has left (none once used or expired); empty for an unknown identifier. */
	public Optional<Integer> triesLeft(UUID id) {
		return jdbc.sql("""
				select case when consumed_at is not null or expires_at <= ? then 0 else greatest(0, ? - attempts) end
				from identity_one_time_code where id = ?""")
			.params(Timestamp.from(clock.instant()), MAX_ATTEMPTS, id).query(Integer.class).optional();
	}

	/**
	 * Checks a code and uses it up. A wrong code counts against the code's tries (and the count is kept even
	 * though the request fails); the answer is the payload it was sent with.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ProblemException.class)
	public Map<String, String> consume(UUID id, Purpose purpose, String code) {
		Instant now = clock.instant();
		Stored stored = jdbc.sql("""
				select mobile, code_hash, salt, payload::text, expires_at, attempts, consumed_at
				from identity_one_time_code where id = ? and purpose = ? for update""")
			.params(id, purpose.name())
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getTimestamp(7) != null))
			.optional()
			.orElseThrow(() -> wrongCode("identity.code.unknown"));
		if (stored.consumed()) {
			throw wrongCode("identity.code.used");
		}
		if (!stored.expiresAt().isAfter(now)) {
			throw wrongCode("identity.code.expired", VALID_FOR.toMinutes());
		}
		if (stored.attempts() >= MAX_ATTEMPTS) {
			throw wrongCode("identity.code.tooManyTries");
		}
		String given = code == null ? "" : code.strip();
		if (!MessageDigest.isEqual(hash(stored.salt(), given).getBytes(StandardCharsets.US_ASCII),
				stored.hash().getBytes(StandardCharsets.US_ASCII))) {
			jdbc.sql("update identity_one_time_code set attempts = attempts + 1 where id = ?").param(id).update();
			throw wrongCode("identity.code.wrong", MAX_ATTEMPTS - stored.attempts() - 1);
		}
		jdbc.sql("update identity_one_time_code set consumed_at = ? where id = ?").params(Timestamp.from(now), id)
			.update();
		Map<String, String> payload = JSON.readValue(stored.payload(),
				JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
		payload = new java.util.HashMap<>(payload);
		payload.put("mobile", stored.mobile());
		return payload;
	}

	/** The mobile a code was sent to (masked on pages), if the code exists. */
	public Optional<String> mobileOf(UUID id) {
		return jdbc.sql("select mobile from identity_one_time_code where id = ?").param(id).query(String.class)
			.optional();
	}

	private static String text(Purpose purpose, String code) {
		String what = switch (purpose) {
			case REGISTER -> "注册账号";
			case SIGN_IN -> "登录";
			case RESET -> "重置密码";
		};
		return "【一网通办】您正在" + what + "，验证码 " + code + "，" + VALID_FOR.toMinutes()
				+ " 分钟内有效。请勿告诉他人。Your GovHall code is " + code + ".";
	}

	static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** A code (or the request it belongs to) that does not prove anything any more: the field {@code code}. */
	static ProblemException wrongCode(String key, Object... args) {
		return ProblemException.invalid("code", key, args);
	}

	private record Stored(String mobile, String hash, String salt, String payload, Instant expiresAt, int attempts,
			boolean consumed) {
	}
}
