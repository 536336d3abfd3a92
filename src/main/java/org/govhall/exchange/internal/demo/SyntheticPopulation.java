package org.govhall.exchange.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.govhall.exchange.Person;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.identifiers.IdentityNumbers;

/**
 * A deterministic synthetic population for the demo and the benchmarks: person {@code i} is always the same
 * person for a seed, and no two people share an identity number. Identity numbers are valid (GB 11643): the
 * index is mapped one-to-one onto (division, birth date, sequence) by a multiplicative permutation, so that
 * uniqueness needs no memory even for 25 million people. Four in five are registered in the city's districts,
 * the rest elsewhere in China; names, ethnicity, marital and social-security status follow plausible shares.
 * Birth dates are spread evenly over 1930–2024 (a real age pyramid is left for later).
 */
public final class SyntheticPopulation {

	static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);

	static final int BIRTH_DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_BIRTH.toEpochDay() + 1);

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
			+ "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国建华志强文博子轩浩然宇航思远";

	private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英婷雪慧莹晶颖琳倩洁佳丹梅萍红燕琴云蓉薇欣怡梓涵诗雨雅婷语嫣";

	private static final String[] ETHNICITIES = { "回族", "满族", "蒙古族", "壮族", "土家族", "苗族", "朝鲜族", "维吾尔族", "藏族", "彝族" };

	private static final String[] STREETS = { "南京西路", "淮海中路", "延安东路", "四川北路", "衡山路", "世纪大道", "张杨路", "浦东南路",
			"中山北路", "曹杨路", "长寿路", "武宁路", "漕溪北路", "虹桥路", "古北路", "天山路", "控江路", "长阳路", "共和新路", "汶水路",
			"莘庄路", "七莘路", "吴中路", "龙华中路", "杨高中路", "锦绣路", "沪太路", "宝杨路", "嘉松北路", "松汇路" };

	private final List<Division> homeDistricts;

	private final List<Division> elsewhere;

	private final long seed;

	private final long homeCombinations;

	private final long otherCombinations;

	private final long homeMultiplier;

	private final long otherMultiplier;

	public SyntheticPopulation(long seed) {
		DivisionCodes divisions = DivisionCodes.standard();
		this.seed = seed;
		this.homeDistricts = divisions.children("310100").stream().filter(Division::current).toList();
		List<Division> others = new ArrayList<>(divisions.currentCounties().stream()
			.filter(d -> !d.code().startsWith("31")).toList());
		Collections.shuffle(others, new java.util.Random(seed));
		this.elsewhere = List.copyOf(others.subList(0, Math.min(400, others.size())));
		this.homeCombinations = (long) homeDistricts.size() * BIRTH_DAYS * 999;
		this.otherCombinations = (long) elsewhere.size() * BIRTH_DAYS * 999;
		this.homeMultiplier = coprimeNear(homeCombinations, 0.6180339887 * homeCombinations);
		this.otherMultiplier = coprimeNear(otherCombinations, 0.6180339887 * otherCombinations);
	}

	/** The most people this population can hold without repeating an identity number. */
	public long capacity() {
		return Math.min(homeCombinations / 4 * 5, otherCombinations * 5);
	}

	/** Person number {@code index} (from 0). */
	public Person person(long index) {
		if (index < 0 || index >= capacity()) {
			throw new IllegalArgumentException("index out of range: " + index);
		}
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		// four in five are registered in the city's districts, one in five elsewhere: two disjoint code spaces,
		// each walked by its own permutation, so no identity number can come out twice
		boolean home = index % 5 < 4;
		long within = home ? index / 5 * 4 + index % 5 : index / 5;
		long slot = home ? Math.floorMod(within * homeMultiplier + seed, homeCombinations)
				: Math.floorMod(within * otherMultiplier + seed, otherCombinations);
		int sequence = (int) (slot % 999) + 1;
		long rest = slot / 999;
		LocalDate birth = FIRST_BIRTH.plusDays(rest % BIRTH_DAYS);
		int divisionIndex = (int) (rest / BIRTH_DAYS);
		Division division = home ? homeDistricts.get(divisionIndex) : elsewhere.get(divisionIndex);
		String id = IdentityNumbers.generate(division.code(), birth, sequence);
		boolean male = sequence % 2 == 1;
		int age = 2026 - birth.getYear();
		return new Person(id, name(random, male), male ? "MALE" : "FEMALE", birth,
				random.nextInt(100) < 97 ? "汉族" : ETHNICITIES[random.nextInt(ETHNICITIES.length)], division.code(),
				address(random, division), marital(random, age), socialSecurity(random, age),
				"1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
	}

	private static String name(SplittableRandom random, boolean male) {
		String given = male ? MALE : FEMALE;
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(skewed(random, SURNAMES.length())));
		name.append(given.charAt(random.nextInt(given.length())));
		if (random.nextInt(10) < 7) {
			name.append(given.charAt(random.nextInt(given.length())));
		}
		return name.toString();
	}

	/** Common surnames are more common: an index skewed towards the start of the list. */
	private static int skewed(SplittableRandom random, int size) {
		double u = random.nextDouble();
		return (int) (size * u * u);
	}

	private String address(SplittableRandom random, Division division) {
		DivisionCodes divisions = DivisionCodes.standard();
		StringBuilder place = new StringBuilder();
		Division prefecture = divisions.find(division.parentCode()).orElse(null);
		Division province = prefecture == null ? null : divisions.find(prefecture.parentCode()).orElse(null);
		if (province != null) {
			place.append(province.name());
		}
		if (prefecture != null && !prefecture.name().equals("市辖区")) {
			place.append(prefecture.name());
		}
		place.append(division.name());
		String street = division.code().startsWith("31") ? STREETS[random.nextInt(STREETS.length)]
				: STREETS[random.nextInt(STREETS.length)].substring(0, 2) + "路";
		return place + street + (1 + random.nextInt(1500)) + "弄" + (1 + random.nextInt(80)) + "号"
				+ (1 + random.nextInt(20)) + "0" + (1 + random.nextInt(4)) + "室";
	}

	private static String marital(SplittableRandom random, int age) {
		if (age < 22) {
			return "未婚";
		}
		int r = random.nextInt(100);
		if (age > 70 && r < 25) {
			return "丧偶";
		}
		return r < (age < 30 ? 55 : 12) ? "未婚" : r < 92 ? "已婚" : r < 98 ? "离婚" : "丧偶";
	}

	private static String socialSecurity(SplittableRandom random, int age) {
		if (age >= 60) {
			return random.nextInt(10) < 9 ? "退休" : "居民参保";
		}
		if (age < 18) {
			return "居民参保";
		}
		int r = random.nextInt(100);
		return r < 72 ? "职工参保" : r < 92 ? "居民参保" : "未参保";
	}

	/** A multiplier near {@code target} that shares no factor with {@code modulus}: a permutation of 0..modulus-1. */
	static long coprimeNear(long modulus, double target) {
		long candidate = Math.max(2, (long) target);
		while (gcd(candidate, modulus) != 1) {
			candidate++;
		}
		return candidate;
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}
}
