package org.govhall.rating;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fixed tags a rating may carry (评价标签), in two polarities: praise for three stars and more, complaint for three
 * stars and fewer. Their names in both languages are in the message bundle ({@link #labelKey()}).
 */
public enum RatingTag {
	/** 办事便捷 */
	CONVENIENT(true),
	/** 一次办成 */
	DONE_IN_ONE_VISIT(true),
	/** 态度热情 */
	FRIENDLY(true),
	/** 办理高效 */
	FAST(true),
	/** 指引清晰 */
	CLEAR_GUIDANCE(true),
	/** 多次跑动 */
	MANY_TRIPS(false),
	/** 材料繁琐 */
	TOO_MANY_MATERIALS(false),
	/** 超时办理 */
	OVERDUE(false),
	/** 态度差 */
	UNFRIENDLY(false),
	/** 指引不清 */
	UNCLEAR_GUIDANCE(false);

	private final boolean praise;

	RatingTag(boolean praise) {
		this.praise = praise;
	}

	public boolean praise() {
		return praise;
	}

	/** Whether the tag fits a rating of so many stars. */
	public boolean fits(int stars) {
		return praise ? stars >= 3 : stars <= 3;
	}

	public String labelKey() {
		return "rating.tag." + name();
	}

	public static Optional<RatingTag> of(String name) {
		return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
	}

	public static List<RatingTag> ofPolarity(boolean praise) {
		return Arrays.stream(values()).filter(t -> t.praise == praise).toList();
	}
}
