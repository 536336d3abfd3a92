package org.govhall.catalog;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's completeness per department, for the supervision statistics (public information). */
@Service
public class CatalogueQuality {

	private final JdbcClient jdbc;

	CatalogueQuality(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<CatalogueCompleteness> completeness() {
		return jdbc.sql("""
				select i.department_code, count(*),
				    count(*) filter (where jsonb_typeof(v.content -> 'guide') = 'object'),
				    count(*) filter (where jsonb_array_length(coalesce(v.content -> 'form' -> 'fields', '[]')) > 0)
				from catalog_item i
				join catalog_item_version v on v.item_id = i.id and v.version = i.published_version
				where i.published_version is not null
				group by i.department_code order by i.department_code""")
			.query((rs, n) -> new CatalogueCompleteness(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}
}
