package org.govhall.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.LegalPerson;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies of the legal-person register that no test has claimed yet: in business, and their legal
 * representative has no account. A fresh one each time, on a database kept between runs too (the external-db
 * profile), so that a test binding a company never finds its fixture already taken.
 */
public final class UnclaimedCompanies {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private UnclaimedCompanies() {
	}

	public static LegalPerson next(JdbcClient jdbc, BaseRegisters registers) {
		String code = jdbc.sql("""
				select c.credit_code from exchange_legal_person c
				where c.status = '存续'
				  and exists (select 1 from exchange_person p where p.id_number = c.legal_representative_id)
				  and not exists (select 1 from identity_person_account a
				                  where a.identity_number = c.legal_representative_id)
				order by c.credit_code offset ? limit 1""")
			.param(NEXT.getAndIncrement()).query(String.class).single();
		return registers.legalPerson(code, "测试：选取尚未绑定的企业").orElseThrow();
	}
}
