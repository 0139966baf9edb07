package jp.procurementdesk.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

/**
 * Every API call made through a {@link TestRestTemplate} (so through {@link Api} too) while
 * recording: method, path and the status answered. The test client of the application
 * context is one bean, shared by every test class of that context.
 */
public final class RecordedCalls implements AutoCloseable {

	private final RestTemplate client;

	private final List<ClientHttpRequestInterceptor> before;

	private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

	private RecordedCalls(TestRestTemplate http) {
		this.client = http.getRestTemplate();
		this.before = List.copyOf(client.getInterceptors());
		List<ClientHttpRequestInterceptor> recording = new ArrayList<>(before);
		recording.add((request, body, execution) -> {
			ClientHttpResponse response = execution.execute(request, body);
			calls.add(new Call(request.getMethod().name(), request.getURI().getRawPath(), response.getStatusCode().value()));
			return response;
		});
		client.setInterceptors(recording);
	}

	/** Records from now until {@link #close()}. */
	public static RecordedCalls on(TestRestTemplate http) {
		return new RecordedCalls(http);
	}

	/** The calls to {@code /api/} so far, in order. */
	public List<Call> apiCalls() {
		synchronized (calls) {
			return calls.stream().filter(call -> call.path().startsWith("/api/")).toList();
		}
	}

	@Override
	public void close() {
		client.setInterceptors(before);
	}

	public record Call(String method, String path, int status) {

		@Override
		public String toString() {
			return method + " " + path + " -> " + status;
		}

	}

}
