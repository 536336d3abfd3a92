package org.govhall.catalog;

/** How far an item can be handled online (网上办理深度), from information only to 全程网办. */
public enum OnlineDepth {
	INFORMATION, PRE_REVIEW, ONLINE_ACCEPTANCE, FULLY_ONLINE
}
