package org.govhall.catalog.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import org.springframework.core.io.ClassPathResource;

/**
 * Chinese text analysis for the catalogue: words are segmented by the SmartCN hidden-Markov model (so that
 * 设立有限责任公司 becomes 设立 / 有限 / 责任 / 公司, not characters or substrings); queries also expand the
 * synonyms people type (营业执照 / 执照, 开公司 / 设立公司 …) from {@code catalog/synonyms.txt}.
 */
final class CatalogueAnalyzers {

	static final String SYNONYMS = "catalog/synonyms.txt";

	private CatalogueAnalyzers() {
	}

	/** Analysis of the indexed text. */
	static Analyzer index() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer words = new HMMChineseTokenizer();
				return new TokenStreamComponents(words, new LowerCaseFilter(words));
			}
		};
	}

	/** Analysis of a query: the same words, with their synonyms as alternatives. */
	static Analyzer query() {
		SynonymMap synonyms = synonyms(index());
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer words = new HMMChineseTokenizer();
				TokenStream stream = new LowerCaseFilter(words);
				return new TokenStreamComponents(words, new SynonymGraphFilter(stream, synonyms, true));
			}
		};
	}

	private static SynonymMap synonyms(Analyzer analyzer) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(SYNONYMS).getInputStream(),
				StandardCharsets.UTF_8)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(SYNONYMS + " is malformed: " + ex.getMessage(), ex);
		}
	}
}
