package jp.procurementdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading PostgreSQL's {@code explain (format json)} plans in the query-plan tests. */
public final class QueryPlans {

	private QueryPlans() {
	}

	/** The top plan node of an {@code explain (format json)} answer. */
	public static JsonNode plan(String explainJson) {
		try {
			return new ObjectMapper().readTree(explainJson).get(0).path("Plan");
		}
		catch (IOException invalid) {
			throw new IllegalStateException(invalid);
		}
	}

	/** The indexes the plan reads; it must not read the whole table. */
	public static Set<String> indexes(JsonNode plan) {
		assertThat(nodes(plan)).as(plan.toPrettyString())
			.noneMatch(node -> "Seq Scan".equals(node.path("Node Type").asText()));
		return Set.copyOf(nodes(plan).stream().map(node -> node.path("Index Name").asText()).filter(s -> !s.isEmpty())
			.toList());
	}

	private static List<JsonNode> nodes(JsonNode plan) {
		List<JsonNode> nodes = new ArrayList<>(List.of(plan));
		plan.path("Plans").forEach(child -> nodes.addAll(nodes(child)));
		return nodes;
	}

}
