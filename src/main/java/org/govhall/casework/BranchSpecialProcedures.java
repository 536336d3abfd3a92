package org.govhall.casework;

import java.util.List;

import org.govhall.catalog.ItemContent;

/**
 * The special procedures of one branch: those its item's guide allows whose time does not count toward the limit,
 * and those started so far.
 *
 * @param allowed the kinds that may be started (the catalogue's 特殊环节 not counted toward the limit)
 * @param procedures the branch's procedures, oldest first; at most the last one runs
 */
public record BranchSpecialProcedures(List<ItemContent.SpecialProcedure> allowed, List<SpecialProcedure> procedures) {
}
