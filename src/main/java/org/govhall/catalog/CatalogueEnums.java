package org.govhall.catalog;

/** The closed sets of the service-item standard (GB/T 39046, GB/T 39554); labels live in the message bundles. */
public final class CatalogueEnums {

	private CatalogueEnums() {
	}

	/** 事项类型, with the two-letter code that starts the basic code. */
	public enum ItemType {
		ADMINISTRATIVE_LICENSING("XK"), ADMINISTRATIVE_CONFIRMATION("QR"), ADMINISTRATIVE_PAYMENT("JF"),
		ADMINISTRATIVE_INSPECTION("JC"), ADMINISTRATIVE_ADJUDICATION("CJ"), ADMINISTRATIVE_REWARD("JL"),
		OTHER_ADMINISTRATIVE_POWER("QT"), PUBLIC_SERVICE("GG");

		private final String code;

		ItemType(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** 行使层级. */
	public enum ExerciseLevel {
		NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, VILLAGE
	}

	/** 服务对象. */
	public enum Audience {
		NATURAL_PERSON, LEGAL_PERSON
	}

	/** 办件类型: 即办件 or 承诺件. */
	public enum CaseType {
		IMMEDIATE, PROMISED
	}

	/** 时限单位. */
	public enum TimeUnit {
		WORKING_DAYS, CALENDAR_DAYS, MONTHS
	}

	/** 网上办理深度, from level one (information only) to level four (全程网办). */
	public enum OnlineDepth {
		INFORMATION, PRE_REVIEW, ONLINE_ACCEPTANCE, FULLY_ONLINE
	}

	/** 材料类型. */
	public enum MaterialKind {
		ORIGINAL, COPY, ELECTRONIC
	}

	/** 材料形式. */
	public enum MaterialForm {
		PAPER, ELECTRONIC, PAPER_OR_ELECTRONIC
	}

	/** 必要性. */
	public enum Necessity {
		REQUIRED, CONDITIONAL, OPTIONAL
	}

	/** 来源渠道: brought by the applicant, issued by a department (a licence), or fetched from shared data. */
	public enum MaterialSource {
		APPLICANT, ISSUED_BY_GOVERNMENT, SHARED_DATA
	}

	/** 审批结果类型. */
	public enum ResultType {
		LICENCE, APPROVAL_DOCUMENT, CERTIFICATE, OTHER
	}

	/** Where a version of an item stands in editing and review. */
	public enum VersionStatus {
		DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
	}

	/** Whether an item can be applied for: active, suspended (暂停) or retired (取消) from a date. */
	public enum Lifecycle {
		ACTIVE, SUSPENDED, RETIRED
	}
}
