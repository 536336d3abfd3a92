package org.govhall.catalog;

/** In which form a material is handed in (材料形式). */
public enum MaterialForm {
	PAPER, ELECTRONIC, PAPER_OR_ELECTRONIC
}
