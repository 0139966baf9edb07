package jp.procurementdesk.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Concurrent HTTP clients: each takes the next request number until all are sent or the time
 * budget is spent, and times it from send to the last byte of the body. Warm-up requests run
 * first and are not counted. The budget keeps a run finite where a query needs seconds (the
 * engine's history query at 100,000 cases); the report gives the number actually measured.
 */
final class HttpLoad {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private HttpLoad() {
	}

	/** Time allowed for the warm-up and for the measured requests of one series. */
	static final Duration WARMUP_BUDGET = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30));

	static final Duration MEASURE_BUDGET = Duration.ofSeconds(Long.getLong("bench.measure-seconds", 90));

	static LatencyStats measure(String name, int clients, int warmup, int requests, int expectedStatus,
			IntFunction<HttpRequest> request) {
		if (warmup > 0) {
			run(name, clients, warmup, expectedStatus, request, 0, WARMUP_BUDGET);
		}
		return run(name, clients, requests, expectedStatus, request, warmup, MEASURE_BUDGET);
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static LatencyStats run(String name, int clients, int requests, int expectedStatus,
			IntFunction<HttpRequest> request, int offset, Duration budget) {
		long[] nanos = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger taken = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long deadline = start + budget.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			running.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					if (System.nanoTime() > deadline) {
						break;
					}
					taken.incrementAndGet();
					HttpRequest sent = request.apply(offset + i);
					long begin = System.nanoTime();
					int status;
					String body;
					try {
						HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
						status = response.statusCode();
						body = response.body();
					}
					catch (IOException ex) {
						status = -1;
						body = ex.toString();
					}
					nanos[i] = System.nanoTime() - begin;
					if (status != expectedStatus) {
						errors.incrementAndGet();
						String error = status + " " + sent.method() + " " + sent.uri() + ": "
								+ body.substring(0, Math.min(300, body.length()));
						firstError.compareAndSet(null, error);
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> client : running) {
				client.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(name + " failed", ex);
		}
		finally {
			pool.shutdownNow();
		}
		long wall = System.nanoTime() - start;
		// A client stopped by the budget leaves its slot at zero: no request takes 0 ns.
		long[] measured = taken.get() == requests ? nanos : Arrays.stream(nanos).filter(n -> n > 0).toArray();
		return LatencyStats.of(name, measured, errors.get(), wall, firstError.get());
	}

}
