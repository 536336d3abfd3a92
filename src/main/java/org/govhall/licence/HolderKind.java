package org.govhall.licence;

/** Who holds a licence (持证主体): a private person (identity number) or an organisation (credit code). */
public enum HolderKind {
	PERSON, COMPANY;

	/** 持证主体代码类型 as the standard's metadata names it. */
	public String codeType() {
		return this == PERSON ? "居民身份证号码" : "统一社会信用代码";
	}
}
