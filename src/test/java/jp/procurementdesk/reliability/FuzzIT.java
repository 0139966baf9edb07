package jp.procurementdesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jp.procurementdesk.reliability.Endpoint.Door;
import jp.procurementdesk.reliability.FuzzRequest.BodyKind;
import jp.procurementdesk.reliability.FuzzRequest.Payload;
import jp.procurementdesk.reliability.FuzzRequest.Target;
import jp.procurementdesk.reliability.Fuzzer.Exchange;
import jp.procurementdesk.reliability.Junk.Caller;
import jp.procurementdesk.reliability.Junk.IdKind;
import jp.procurementdesk.support.Api;
import jp.procurementdesk.support.DeskIntegrationTest;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated requests against every endpoint, as every kind of caller: never a server error,
 * never a stack trace, API errors always problem details, and a batch of requests that were
 * all rejected changes nothing in the database. The seed is fixed: a run sends the same
 * requests every time (ids are resolved against fresh fixture data of the same shape).
 * jqwik has no Spring extension: the test's application context (the same cached one as the
 * other integration tests) is joined through Spring's {@link TestContextManager}.
 */
@DeskIntegrationTest
class FuzzIT {

	static final String SEED = "42";

	/** {@code -Dfuzz.collect=true}: write every problem to target/fuzz-problems.txt and go on (to survey, not to test). */
	private static final boolean COLLECT = Boolean.getBoolean("fuzz.collect");

	private static final TestContextManager SPRING = new TestContextManager(FuzzIT.class);

	private static final Map<String, AtomicLong> COUNTS = new TreeMap<>();


	private static FuzzFixture fixture;

	private static Map<Caller, WebLogin.Session> sessions;

	@Autowired
	TestRestTemplate http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	private List<Endpoint> api;

	private List<Endpoint> web;

	private DeskState state;

	private Fuzzer fuzzer;

	@BeforeProperty
	void joinTheApplication() throws Exception {
		SPRING.prepareTestInstance(this);
		List<Endpoint> mapped = Endpoint.mapped(mappings);
		api = new ArrayList<>(mapped.stream().filter(endpoint -> endpoint.door() == Door.API).toList());
		api.addAll(Endpoint.actuatorSample());
		web = mapped.stream().filter(endpoint -> endpoint.door() == Door.WEB).toList();
		state = new DeskState(new JdbcTemplate(dataSource));
		String baseUrl = "http://localhost:" + port;
		synchronized (FuzzIT.class) {
			if (fixture == null) {
				fixture = FuzzFixture.create(http);
				sessions = new EnumMap<>(Caller.class);
				for (Caller caller : Caller.values()) {
					if (caller.username != null) {
						sessions.put(caller, WebLogin.signIn(baseUrl, caller.username));
					}
				}
			}
		}
		fuzzer = new Fuzzer(baseUrl, sessions);
	}

	@Property(tries = 800, seed = SEED, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.SAMPLE_ONLY)
	void theApiNeverFailsAndRejectedRequestsChangeNothing(@ForAll("batches") List<FuzzRequest> batch) {
		run("api", api, batch);
	}

	@Property(tries = 150, seed = SEED, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.SAMPLE_ONLY)
	void pagesNeverFailAndRejectedPostsChangeNothing(@ForAll("batches") List<FuzzRequest> batch) {
		run("web", web, batch);
	}

	@Property(tries = 60, seed = SEED, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.SAMPLE_ONLY)
	void theEngineRestApiNeverLeaksAndRejectedRequestsChangeNothing(@ForAll("batches") List<FuzzRequest> batch) {
		run("engine-rest", Endpoint.engineSample(), batch);
	}

	private void run(String door, List<Endpoint> endpoints, List<FuzzRequest> batch) {
		Map<String, String> before = state.snapshot();
		List<Exchange> exchanges = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (FuzzRequest request : batch) {
			Endpoint endpoint = endpoints.get(request.target().endpoint() % endpoints.size());
			Exchange exchange = fuzzer.send(endpoint, request, fixture);
			exchanges.add(exchange);
			count(door + " requests");
			count(door + " " + exchange.status() / 100 + "xx");
			String wrong = Fuzzer.judge(endpoint, exchange);
			if (wrong != null) {
				count(door + " " + wrong);
				problems.add(wrong + ": " + exchange);
			}
		}
		boolean changesExpected = exchanges.stream().anyMatch(Exchange::mayHaveChanged);
		if (changesExpected) {
			count(door + " batches with accepted changes");
			synchronized (FuzzIT.class) {
				if (!fixture.intact(new Api(http))) {
					fixture = FuzzFixture.create(http);
					count(door + " fixture rebuilds");
				}
			}
		}
		else {
			List<String> changed = DeskState.differences(before, state.snapshot());
			count(door + " batches compared");
			count(door + " rejected or read-only requests compared", batch.size());
			if (!changed.isEmpty()) {
				count(door + " state changes on rejected requests");
				problems.add("rejected requests changed " + changed + " in " + exchanges);
			}
		}
		if (COLLECT) {
			problems.forEach(problem -> {
				try {
					Files.writeString(Path.of("target/fuzz-problems.txt"), printable(problem) + System.lineSeparator(),
							StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return;
		}
		assertThat(problems).as("%s requests answered wrongly", door).isEmpty();
	}

	@Provide
	Arbitrary<List<FuzzRequest>> batches() {
		return requests().list().ofSize(10);
	}

	private static Arbitrary<FuzzRequest> requests() {
		Arbitrary<Target> targets = Combinators
			.combine(Arbitraries.integers().between(0, 100_000),
					Arbitraries.of("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "POST", "GET").injectNull(0.9),
					Arbitraries.frequency(Tuple.of(3, Caller.COMPANY), Tuple.of(2, Caller.OTHER_COMPANY),
							Tuple.of(3, Caller.ADVISOR), Tuple.of(1, Caller.OTHER_ADVISOR), Tuple.of(3, Caller.SUPERVISOR),
							Tuple.of(2, Caller.ANONYMOUS), Tuple.of(1, Caller.BROKEN_TOKEN)),
					Arbitraries.of(IdKind.class), Junk.junkIds())
			.as(Target::new);
		Arbitrary<Payload> payloads = Combinators
			.combine(Arbitraries.frequency(Tuple.of(6, BodyKind.NATURAL), Tuple.of(1, BodyKind.JSON),
					Tuple.of(2, BodyKind.RAW), Tuple.of(1, BodyKind.MULTIPART), Tuple.of(1, BodyKind.FORM),
					Tuple.of(1, BodyKind.NONE)), Junk.jsonBodies(), Junk.rawBodies(), Junk.multiparts(),
					Arbitraries.of(Junk.CONTENT_TYPES).injectNull(0.75), Junk.headers(), Junk.queries(),
					Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
			.as(Payload::new);
		return Combinators.combine(targets, payloads).as(FuzzRequest::new);
	}

	/** Without line breaks and lone surrogates (generated strings have them), for a UTF-8 file. */
	private static String printable(String text) {
		return new String(text.replace('\n', ' ').getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
	}

	private static void count(String what) {
		count(what, 1);
	}

	private static void count(String what, long n) {
		synchronized (COUNTS) {
			COUNTS.computeIfAbsent(what, key -> new AtomicLong()).addAndGet(n);
		}
	}

	private static long counted(String what) {
		synchronized (COUNTS) {
			return COUNTS.getOrDefault(what, new AtomicLong()).get();
		}
	}

	@AfterContainer
	static void report() throws IOException {
		long requests = 0;
		long serverErrors = 0;
		long stateChanges = 0;
		for (String door : List.of("api", "web", "engine-rest")) {
			requests += counted(door + " requests");
			serverErrors += counted(door + " 5xx");
			stateChanges += counted(door + " state changes on rejected requests");
		}
		StringBuilder report = new StringBuilder("fuzz: %,d requests, seed %s, %d 5xx, %d state changes on rejected requests%n"
			.formatted(requests, SEED, serverErrors, stateChanges));
		synchronized (COUNTS) {
			COUNTS.forEach((what, n) -> report.append("  ").append(what).append(": ").append(n).append(System.lineSeparator()));
		}
		System.out.print(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/fuzz-report.txt"), report);
	}

}
