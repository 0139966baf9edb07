package jp.procurementdesk.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** Polls /actuator/health (anonymous: the status only) twice a second. */
final class HealthWatch {

	private final HttpClient http;

	private final String base;

	private final ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	HealthWatch(HttpClient http, String base) {
		this.http = http;
		this.base = base;
		this.thread = new Thread(this::poll, "health-watch");
	}

	void start() {
		thread.start();
	}

	void stop() throws InterruptedException {
		running.set(false);
		thread.join(30_000);
	}

	/** Statuses of the probes that started in the interval. */
	List<Integer> statusesBetween(long from, long to) {
		return answers.stream().filter(answer -> answer[0] >= from && answer[0] <= to)
			.map(answer -> (int) answer[1])
			.toList();
	}

	private void poll() {
		HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
			.timeout(Duration.ofSeconds(30))
			.build();
		while (running.get()) {
			long start = System.nanoTime();
			int status;
			try {
				status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException ex) {
				status = -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			answers.add(new long[] { start, status });
			OutageClients.pause(500);
		}
	}

}
