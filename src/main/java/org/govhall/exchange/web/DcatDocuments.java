package org.govhall.exchange.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govhall.exchange.DataResource;
import org.govhall.exchange.ResourceTerms;

/**
 * The resource catalogue as DCAT metadata in JSON-LD, for catalogue harvesters: the whole catalogue as a
 * {@code dcat:Catalog}, each resource as a {@code dcat:Dataset} whose fields are described by a CSVW table schema
 * it {@code dct:conformsTo}, its update cycle as a term of the EU frequency vocabulary and its format as an IANA
 * media type.
 */
final class DcatDocuments {

	static final String MEDIA_TYPE = "application/ld+json";

	private static final String IANA = "http://www.iana.org/assignments/media-types/";

	private static final Map<String, Object> CONTEXT = context();

	private DcatDocuments() {
	}

	/** The whole catalogue, its datasets in code order. */
	static Map<String, Object> catalog(List<DataResource> resources) {
		Map<String, Object> catalog = new LinkedHashMap<>();
		catalog.put("@context", CONTEXT);
		catalog.put("@id", "urn:govhall:exchange:catalog");
		catalog.put("@type", "dcat:Catalog");
		catalog.put("dct:title", List.of(text("政务信息资源目录", "zh-CN"), text("Government information resource catalogue", "en")));
		catalog.put("dct:description", List.of(text("各部门共享的政务信息资源及其共享条件。", "zh-CN"),
				text("The data resources departments share, and on what terms.", "en")));
		catalog.put("dcat:dataset", resources.stream().map(DcatDocuments::describe).toList());
		return catalog;
	}

	/** One resource on its own, with the context. */
	static Map<String, Object> dataset(DataResource resource) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@context", CONTEXT);
		dataset.putAll(describe(resource));
		return dataset;
	}

	private static Map<String, Object> describe(DataResource r) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@id", "urn:govhall:exchange:resource:" + r.code());
		dataset.put("@type", "dcat:Dataset");
		dataset.put("dct:identifier", r.code());
		dataset.put("dct:title", text(r.name(), "zh-CN"));
		dataset.put("dct:description", text(r.description(), "zh-CN"));
		dataset.put("dct:publisher", Map.of("@id", "urn:govhall:department:" + r.providerDepartment()));
		dataset.put("dct:accrualPeriodicity", Map.of("@id", ResourceTerms.frequency(r.updateCycle())));
		dataset.put("govhall:updateCycle", r.updateCycle());
		dataset.put("govhall:sharingType", r.sharingType());
		dataset.put("govhall:openType", r.openType());
		dataset.put("govhall:register", r.register());
		dataset.put("govhall:subjectKey", r.subjectKey());
		if (r.notSharedBasis() != null) {
			dataset.put("govhall:notSharedBasis", r.notSharedBasis());
		}
		dataset.put("dct:conformsTo", schema(r));
		Map<String, Object> distribution = new LinkedHashMap<>();
		distribution.put("@type", "dcat:Distribution");
		distribution.put("dct:format", r.format());
		distribution.put("dcat:mediaType", Map.of("@id", IANA + ResourceTerms.mediaType(r.format())));
		distribution.put("dcat:accessURL", Map.of("@id", "/api/v1/exchange/lookups"));
		distribution.put("dct:conformsTo", Map.of("@id", schemaId(r)));
		dataset.put("dcat:distribution", List.of(distribution));
		dataset.put("govhall:fields", r.fields().stream().map(f -> Map.of("name", f.name(), "label", f.label(),
				"type", f.dataType(), "length", f.length(), "personal", f.personal(), "sensitive", f.sensitive()))
			.toList());
		return dataset;
	}

	/** The fields as a CSVW table schema: name, label, datatype with its greatest length, description. */
	private static Map<String, Object> schema(DataResource r) {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("@id", schemaId(r));
		schema.put("@type", List.of("dct:Standard", "csvw:Schema"));
		schema.put("dct:title", text(r.name() + " 字段说明", "zh-CN"));
		schema.put("csvw:column", r.fields().stream().map(DcatDocuments::column).toList());
		return schema;
	}

	private static Map<String, Object> column(DataResource.Field f) {
		Map<String, Object> column = new LinkedHashMap<>();
		column.put("@type", "csvw:Column");
		column.put("csvw:name", f.name());
		column.put("csvw:title", text(f.label(), "zh-CN"));
		column.put("dct:description", text(f.description(), "zh-CN"));
		Map<String, Object> datatype = new LinkedHashMap<>();
		datatype.put("csvw:base", ResourceTerms.xsdType(f.dataType()));
		datatype.put("csvw:maxLength", f.length());
		column.put("csvw:datatype", datatype);
		column.put("govhall:personal", f.personal());
		column.put("govhall:sensitive", f.sensitive());
		return column;
	}

	private static String schemaId(DataResource r) {
		return "urn:govhall:exchange:resource:" + r.code() + ":schema";
	}

	private static Map<String, Object> text(String value, String language) {
		return Map.of("@value", value == null ? "" : value, "@language", language);
	}

	private static Map<String, Object> context() {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("dcat", "http://www.w3.org/ns/dcat#");
		context.put("dct", "http://purl.org/dc/terms/");
		context.put("csvw", "http://www.w3.org/ns/csvw#");
		context.put("govhall", "urn:govhall:exchange:");
		return context;
	}
}
