package org.govhall.shared.security;

/**
 * The roles of department staff (工作人员角色). A staff member may hold several.
 */
public enum StaffRole {

	/** 窗口人员: receives applications at the counter and online, asks for corrections */
	WINDOW_CLERK,
	/** 审批人员: reviews cases and proposes decisions */
	REVIEWER,
	/** 部门负责人: decides, approves extensions */
	DEPARTMENT_HEAD,
	/** 电子监察/效能督查: watches every department's clocks and efficiency */
	SUPERVISOR,
	/** 数据管理员: publishes the department's data resources and answers requests for them */
	DATA_STEWARD,
	/** 12345 话务员: registers and dispatches hotline requests */
	HOTLINE_OPERATOR,
	/** 系统管理员: the organisation, accounts and the audit trail */
	ADMINISTRATOR;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key of the role's name. */
	public String labelKey() {
		return "role." + name();
	}
}
