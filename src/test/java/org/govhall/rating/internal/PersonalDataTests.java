package org.govhall.rating.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is masked in a comment before it is published, and what is left as written. */
class PersonalDataTests {

	@Test
	void identity_numbers_mobiles_phones_mail_addresses_and_the_applicants_name_are_masked() {
		String masked = PersonalData.masked("张建国（11010519491231002X，旧证 110105491231002）手机13800000001，"
				+ "座机 021-62345678，邮箱 zhang@example.cn；建国说窗口很好。", "张建国");
		assertThat(masked).isEqualTo("张**（******************，旧证 ***************）手机138****0001，"
				+ "座机 ****，邮箱 ***@***；**说窗口很好。");
	}

	@Test
	void ordinary_numbers_and_other_names_are_left_as_written() {
		assertThat(PersonalData.masked("等了 3 天，第 2 次去窗口，李老师帮了忙。", "王芳"))
			.isEqualTo("等了 3 天，第 2 次去窗口，李老师帮了忙。");
	}
}
