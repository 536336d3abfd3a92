package org.govhall.catalog;

/** What a required material is (材料类型): an original, a copy, or an electronic document. */
public enum MaterialKind {
	ORIGINAL, COPY, ELECTRONIC
}
