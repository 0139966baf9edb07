package jp.procurementdesk.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriTemplateHandler;

/**
 * Sends each request of a RestTemplate to the next node in turn, as a round-robin proxy
 * would: no request goes to the node the one before went to.
 */
public final class AlternatingNodes implements UriTemplateHandler {

	private final List<String> nodes;

	private final AtomicInteger turn = new AtomicInteger();

	private final Map<String, AtomicInteger> requests = new LinkedHashMap<>();

	public AlternatingNodes(String... nodes) {
		this.nodes = List.of(nodes);
		this.nodes.forEach(node -> requests.put(node, new AtomicInteger()));
	}

	@Override
	public URI expand(String template, Map<String, ?> variables) {
		return new DefaultUriBuilderFactory(next()).expand(template, variables);
	}

	@Override
	public URI expand(String template, Object... variables) {
		return new DefaultUriBuilderFactory(next()).expand(template, variables);
	}

	/** Requests sent so far, per node. */
	public Map<String, Integer> requests() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		requests.forEach((node, count) -> counts.put(node, count.get()));
		return counts;
	}

	private String next() {
		String node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
		requests.get(node).incrementAndGet();
		return node;
	}

}
