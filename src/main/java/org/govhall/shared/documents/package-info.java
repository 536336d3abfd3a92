/**
 * Documents the hall hands out (决定书, 证照, 回执): Thymeleaf templates in XHTML rendered to PDF with the hall's own
 * TrueType CJK font embedded, so that a letter prints in Chinese on any machine, with no font installed.
 */
package org.govhall.shared.documents;
