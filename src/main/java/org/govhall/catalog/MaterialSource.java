package org.govhall.catalog;

/** Where a material comes from (来源渠道): the applicant, a department that issued it (a licence), or shared data. */
public enum MaterialSource {
	APPLICANT, ISSUED_BY_GOVERNMENT, SHARED_DATA
}
