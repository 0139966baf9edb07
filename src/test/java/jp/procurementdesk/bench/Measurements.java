package jp.procurementdesk.bench;

import static jp.procurementdesk.support.DemoUsers.ACME;
import static jp.procurementdesk.support.DemoUsers.ACME_SECOND;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP measurements against the running application: each read endpoint of the desk
 * beside the engine REST query with the same filter and page, the dashboard, then case
 * creation and task completion.
 */
final class Measurements {

	static final String COMPANY_USER = SAKURA;

	static final String COMPANY = SAKURA_COMPANY;

	static final List<String> CASE_OPENERS = List.of(ACME, ACME_SECOND, SAKURA);

	private static final String PAGE = "firstResult=0&maxResults=20";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ApiClient api;

	private final BenchSettings settings;

	private final BenchReport report;

	Measurements(ApiClient api, BenchSettings settings, BenchReport report) {
		this.api = api;
		this.settings = settings;
		this.report = report;
	}

	void reads() {
		// What any API request costs here (token check, JSON, HTTP): the floor under every figure.
		api.refreshTokens(SUPERVISOR);
		report.floor = HttpLoad.measure("floor", settings.readers(), settings.warmup(), settings.requests(), 200,
				i -> api.get(SUPERVISOR, "/api/me"));
		String tasks = "/engine-rest/task?active=true&sortBy=created&sortOrder=asc&" + PAGE;
		compare("Task list, company user", COMPANY_USER, "/api/tasks",
				"GET " + tasks + "&candidateGroup=company:" + COMPANY + "&includeAssignedTasks=true",
				i -> api.get(SUPERVISOR, tasks + "&candidateGroup=company:" + COMPANY + "&includeAssignedTasks=true"));
		String advisorQuery = """
				{"active":true,"orQueries":[{"assignee":"%s","candidateGroup":"advisors"}],
				 "sorting":[{"sortBy":"created","sortOrder":"asc"}]}""".formatted(ADVISOR);
		compare("Task list, advisor", ADVISOR, "/api/tasks",
				"POST /engine-rest/task?" + PAGE + " (or: assignee, candidateGroup advisors)",
				i -> api.postJson(SUPERVISOR, "/engine-rest/task?" + PAGE, advisorQuery));
		compare("Task list, supervisor", SUPERVISOR, "/api/tasks", "GET " + tasks, i -> api.get(SUPERVISOR, tasks));
		String instances = "/engine-rest/history/process-instance?processDefinitionKey=support-case"
				+ "&sortBy=startTime&sortOrder=desc&" + PAGE;
		compare("Case list, company user", COMPANY_USER, "/api/cases",
				"GET " + instances + "&variables=companyId_eq_" + COMPANY,
				i -> api.get(SUPERVISOR, instances + "&variables=companyId_eq_" + COMPANY));
		compare("Case list, advisor", ADVISOR, "/api/cases", "GET " + instances + "&variables=advisor_eq_" + ADVISOR,
				i -> api.get(SUPERVISOR, instances + "&variables=advisor_eq_" + ADVISOR));
		compare("Case list, supervisor", SUPERVISOR, "/api/cases", "GET " + instances,
				i -> api.get(SUPERVISOR, instances));
		compare("Case search, supervisor", SUPERVISOR, "/api/cases?q=company-042", null, null);
		compare("Case search, company user", COMPANY_USER, "/api/cases?q=vaccine", null, null);
		api.refreshTokens(SUPERVISOR);
		report.dashboard = HttpLoad.measure("dashboard", settings.readers(), settings.warmup(), settings.requests(), 200,
				i -> api.get(SUPERVISOR, "/api/dashboard"));
	}

	private void compare(String what, String user, String ours, String engine, IntFunction<HttpRequest> engineRequest) {
		api.refreshTokens(user, SUPERVISOR);
		LatencyStats oursStats = HttpLoad.measure(what, settings.readers(), settings.warmup(), settings.requests(), 200,
				i -> api.get(user, ours));
		LatencyStats engineStats = engineRequest == null ? null
				: HttpLoad.measure(what + " (Camunda)", settings.readers(), settings.warmup(), settings.requests(), 200,
						engineRequest);
		report.reads.add(new BenchReport.Comparison(what, "GET " + ours, engine, oursStats, engineStats));
		System.out.printf("[bench] %s: ours p95 %.1f ms%s%n", what, oursStats.p95Ms(),
				engineStats == null ? "" : ", Camunda p95 %.1f ms".formatted(engineStats.p95Ms()));
	}

	void writes() throws Exception {
		api.refreshTokens(CASE_OPENERS.toArray(String[]::new));
		List<String> created = Collections.synchronizedList(new ArrayList<>());
		int warmup = settings.writes() / 5;
		LatencyStats creation = HttpLoad.measure("POST /api/cases", settings.writers(), warmup, settings.writes(), 201,
				i -> {
					String body = """
							{"productName":"Bench product %d","productCategory":"IVD","pathways":["WHO_PQ"],
							 "targetAgencies":["UNICEF"],"summary":"Opened by the benchmark."}""".formatted(i);
					return api.postJson(CASE_OPENERS.get(i % CASE_OPENERS.size()), "/api/cases", body);
				});
		report.writes.put("apiCaseCreation", creation.toMap());
		double engine = (Double) report.writes.get("bareEngineStartsPerSecond");
		double jdbc = (Double) report.writes.get("jdbcInsertCommitsPerSecond");
		report.writes.put("creationVsBareEngine", LatencyStats.round(creation.perSecond() / engine));
		report.writes.put("creationVsJdbcCeiling", LatencyStats.round(creation.perSecond() / jdbc));
		// The triage tasks of cases just opened, found through the API (not timed).
		api.refreshTokens(SUPERVISOR);
		List<String> triage = new ArrayList<>();
		JsonNode page = JSON.readTree(HttpLoad.send(api.get(SUPERVISOR,
				"/api/tasks?key=triage&sort=created&size=100&page=0")).body());
		int pages = (int) Math.min(Math.ceil(page.get("total").asLong() / 100.0), 1000);
		for (int p = 0; p < pages && triage.size() < settings.writes() + warmup; p++) {
			HttpResponse<String> response = HttpLoad.send(api.get(SUPERVISOR,
					"/api/tasks?key=triage&sort=created&size=100&page=" + p));
			JSON.readTree(response.body()).get("items").forEach(task -> triage.add(task.get("id").asText()));
		}
		int measured = Math.min(settings.writes(), triage.size() - warmup);
		api.refreshTokens(SUPERVISOR, ADVISOR);
		LatencyStats completion = HttpLoad.measure("POST /api/tasks/{id}/complete", settings.writers(), warmup,
				measured, 204, i -> api.postJson(SUPERVISOR, "/api/tasks/" + triage.get(i) + "/complete", """
						{"decision":"ACCEPT","advisor":"%s","pathways":["WHO_PQ"]}""".formatted(ADVISOR)));
		report.writes.put("apiTaskCompletion", completion.toMap());
		System.out.printf("[bench] creation %.1f/s (engine %.1f/s, jdbc %.1f/s), completion %.1f/s%n",
				creation.perSecond(), engine, jdbc, completion.perSecond());
	}

}
