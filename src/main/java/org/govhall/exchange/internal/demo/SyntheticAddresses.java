package org.govhall.exchange.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

import org.govhall.exchange.StandardAddress;

/**
 * Deterministic standard addresses in the city's sixteen districts: real road names per district, coordinates
 * scattered around the district's centre, and the 500 m grid cell they fall in. Address {@code i} is unique:
 * the road and number are taken from the index.
 */
public final class SyntheticAddresses {

	/** District, its approximate centre, the spread of its built-up area in degrees, and some of its roads. */
	private record District(String code, String name, double lon, double lat, double spread, List<String> roads) {
	}

	private static final List<District> DISTRICTS = List.of(
			new District("310101", "黄浦区", 121.490, 31.230, 0.02, List.of("南京东路", "延安东路", "西藏中路", "复兴中路", "淮海中路")),
			new District("310104", "徐汇区", 121.437, 31.188, 0.03, List.of("漕溪北路", "衡山路", "肇嘉浜路", "龙华中路", "天钥桥路")),
			new District("310105", "长宁区", 121.424, 31.220, 0.03, List.of("长宁路", "天山路", "古北路", "虹桥路", "愚园路")),
			new District("310106", "静安区", 121.448, 31.229, 0.03, List.of("南京西路", "延平路", "共和新路", "万荣路", "江场三路")),
			new District("310107", "普陀区", 121.397, 31.250, 0.03, List.of("曹杨路", "长寿路", "武宁路", "真北路", "金沙江路")),
			new District("310109", "虹口区", 121.505, 31.265, 0.02, List.of("四川北路", "曲阳路", "大连路", "中山北一路", "东江湾路")),
			new District("310110", "杨浦区", 121.526, 31.260, 0.03, List.of("控江路", "长阳路", "国定路", "黄兴路", "殷行路")),
			new District("310112", "闵行区", 121.381, 31.113, 0.06, List.of("莘庄路", "七莘路", "沪闵路", "剑川路", "紫竹路")),
			new District("310113", "宝山区", 121.489, 31.405, 0.06, List.of("宝杨路", "牡丹江路", "友谊路", "沪太路", "同济路")),
			new District("310114", "嘉定区", 121.266, 31.375, 0.07, List.of("城中路", "塔城路", "嘉松北路", "博乐路", "叶城路")),
			new District("310115", "浦东新区", 121.544, 31.221, 0.10, List.of("世纪大道", "张杨路", "浦东南路", "张江路", "锦绣路")),
			new District("310116", "金山区", 121.342, 30.741, 0.06, List.of("卫零路", "蒙山路", "石化大道", "龙胜路", "朱泾路")),
			new District("310117", "松江区", 121.228, 31.032, 0.07, List.of("人民北路", "中山中路", "松汇路", "文诚路", "广富林路")),
			new District("310118", "青浦区", 121.124, 31.151, 0.07, List.of("城中北路", "公园路", "华志路", "青赵公路", "盈港路")),
			new District("310120", "奉贤区", 121.474, 30.918, 0.07, List.of("南桥路", "解放东路", "望园路", "金海路", "环城东路")),
			new District("310151", "崇明区", 121.397, 31.623, 0.08, List.of("八一路", "城桥镇人民路", "鼓浦路", "东门路", "北门路")));

	/** Cells of 500 m: about 0.0052 degrees of longitude and 0.0045 of latitude at Shanghai. */
	private static final double CELL_LON = 0.0052;

	private static final double CELL_LAT = 0.0045;

	private final long seed;

	public SyntheticAddresses(long seed) {
		this.seed = seed;
	}

	public StandardAddress address(long index) {
		SplittableRandom random = new SplittableRandom(seed * 0x94D049BB133111EBL + index);
		District district = DISTRICTS.get((int) (index % DISTRICTS.size()));
		long withinDistrict = index / DISTRICTS.size();
		String road = district.roads().get((int) (withinDistrict % district.roads().size()));
		String number = (withinDistrict / district.roads().size() + 1) + "号";
		double lon = district.lon() + (random.nextDouble() - 0.5) * 2 * district.spread();
		double lat = district.lat() + (random.nextDouble() - 0.5) * 2 * district.spread() * 0.85;
		String cell = "SH-" + (int) Math.floor((lon - 120.8) / CELL_LON) + "-" + (int) Math.floor((lat - 30.6) / CELL_LAT);
		return new StandardAddress("上海市" + district.name() + road + number, district.code(), road, number,
				BigDecimal.valueOf(lon).setScale(6, RoundingMode.HALF_UP),
				BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP), cell, null);
	}
}
