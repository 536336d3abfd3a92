package org.govhall.catalog;

/** What an approval yields (审批结果类型). */
public enum ResultType {
	LICENCE, APPROVAL_DOCUMENT, CERTIFICATE, OTHER
}
