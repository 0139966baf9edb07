package jp.procurementdesk.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The three kinds of support the desk gives, each with the outcomes it can end with (docs/contract.md, Pathway outcomes). */
public enum Pathway {

	WHO_PQ, COMPENDIUM, UN_PROCUREMENT;

	public Set<PathwayOutcome> outcomes() {
		return Arrays.stream(PathwayOutcome.values())
			.filter(outcome -> outcome.pathway() == this)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PathwayOutcome.class)));
	}

}
