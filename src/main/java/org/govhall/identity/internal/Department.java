package org.govhall.identity.internal;

import java.time.Instant;

import org.govhall.identity.DepartmentSummary;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A department (部门) of the city or district government. */
@Table("identity_department")
public class Department {

	@Id
	private Long id;

	private String code;

	private String nameZh;

	private String nameEn;

	private String creditCode;

	private String divisionCode;

	private Instant createdAt;

	Department() {
	}

	public Department(String code, String nameZh, String nameEn, String creditCode, String divisionCode,
			Instant createdAt) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.creditCode = creditCode;
		this.divisionCode = divisionCode;
		this.createdAt = createdAt;
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public DepartmentSummary summary() {
		return new DepartmentSummary(id, code, nameZh, nameEn, creditCode, divisionCode);
	}
}
