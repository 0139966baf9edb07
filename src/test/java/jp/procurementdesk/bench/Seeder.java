package jp.procurementdesk.bench;

import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static jp.procurementdesk.support.DemoUsers.OTHER_ADVISOR;
import static jp.procurementdesk.support.DemoUsers.SAKURA_COMPANY;
import static jp.procurementdesk.support.DemoUsers.SUPERVISOR;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jp.procurementdesk.bench.CaseScript.Fate;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.OpenCase;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds cases the way users make them, minus HTTP: each case is opened through the desk's
 * own service (case row, timeline, process start in one transaction) and its tasks are
 * completed through the engine's Java API with form answers checked by the desk's form
 * rules, acting as the user the task belongs to. Real process instances, tasks, timeline
 * rows, notifications and history result. Afterwards the case dates are spread over three
 * years, as a desk in service for that long would hold them.
 */
final class Seeder {

	/** The demo realm's companies and advisors, whose users the benchmark signs in as. */
	static final List<String> REALM_COMPANIES = List.of(ACME_COMPANY, SAKURA_COMPANY);

	static final List<String> REALM_ADVISORS = List.of(ADVISOR, OTHER_ADVISOR);

	private final Cases cases;

	private final TaskService tasks;

	private final EngineUser engineUser;

	private final JdbcTemplate jdbc;

	private final List<String> companies = new ArrayList<>(REALM_COMPANIES);

	private final List<String> advisors = new ArrayList<>(REALM_ADVISORS);

	Seeder(ApplicationContext context) {
		this.cases = context.getBean(Cases.class);
		this.tasks = context.getBean(TaskService.class);
		this.engineUser = context.getBean(EngineUser.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		for (int i = 1; i <= 198; i++) {
			companies.add("bench-company-%03d".formatted(i));
		}
		for (int i = 1; i <= 18; i++) {
			advisors.add("bench.advisor%02d".formatted(i));
		}
	}

	/**
	 * Seeds {@code total} cases: {@code throughEngine} of them through the desk and the engine
	 * with {@code threads} workers, the rest as copies of closed ones (see HistoryCloner).
	 * Prints progress; returns the fates.
	 */
	Map<String, Integer> seed(int total, int throughEngine, int threads, long seed) {
		Map<String, Integer> fates = new LinkedHashMap<>();
		// 35% of a desk's cases are open; when closed ones are added as copies, the engine
		// seeds more of the open ones, so that the desk keeps a realistic open share.
		double openShare = Math.min(0.7, 0.35 * total / throughEngine);
		seedThroughEngine(throughEngine, threads, seed, openShare).forEach((fate, n) -> fates.put(fate.name(), n));
		long start = System.nanoTime();
		int cloned = new HistoryCloner(jdbc).cloneClosedCases(total - throughEngine);
		if (cloned > 0) {
			System.out.printf("[bench] cloned %,d closed cases (%.0f s)%n", cloned, (System.nanoTime() - start) / 1e9);
			fates.put("CLOSED_COPIES", cloned);
		}
		spreadOverThreeYears();
		return fates;
	}

	private Map<Fate, Integer> seedThroughEngine(int count, int threads, long seed, double openShare) {
		jdbc.batchUpdate("insert into desk.company (id, name) values (?, ?) on conflict (id) do nothing",
				companies.stream().map(id -> new Object[] { id, "Company " + id }).toList());
		AtomicInteger done = new AtomicInteger();
		Map<Fate, AtomicInteger> fates = new EnumMap<>(Fate.class);
		for (Fate fate : Fate.values()) {
			fates.put(fate, new AtomicInteger());
		}
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> workers = new ArrayList<>();
		for (int worker = 0; worker < threads; worker++) {
			int offset = worker;
			workers.add(pool.submit(() -> {
				Random random = new Random(seed + offset);
				for (int i = offset; i < count; i += threads) {
					CaseScript script = new CaseScript(random, advisors, openShare);
					seedCase(script, companies.get(i % companies.size()), random);
					fates.get(script.fate).incrementAndGet();
					int seeded = done.incrementAndGet();
					if (seeded % Math.max(1, count / 20) == 0) {
						System.out.printf("[bench] seeded %,d of %,d cases (%.0f s)%n", seeded, count,
								(System.nanoTime() - start) / 1e9);
					}
				}
				return null;
			}));
		}
		try {
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Seeding failed", ex);
		}
		finally {
			pool.shutdownNow();
		}
		Map<Fate, Integer> result = new EnumMap<>(Fate.class);
		fates.forEach((fate, n) -> result.put(fate, n.get()));
		return result;
	}

	private void seedCase(CaseScript script, String companyId, Random random) {
		CurrentUser company = companyUser(companyId);
		ProductCategory category = ProductCategory.values()[random.nextInt(ProductCategory.values().length)];
		CaseView opened = cases.open(new OpenCase("Product %05d %s".formatted(random.nextInt(100_000), category.name()
			.toLowerCase()), category, script.pathways.stream().map(Pathway::valueOf).collect(Collectors
				.toSet()), Set.of(TargetAgency.values()[random.nextInt(TargetAgency.values().length)]),
				"We would like to supply this product to UN agencies."), company, null);
		String businessKey = opened.id().toString();
		int completed = 0;
		// Bounded: a review may ask for changes a few times, never forever.
		while (completed < 60 && (script.fate == Fate.REJECTED || script.fate == Fate.CLOSED
				|| completed < script.stopAfter)) {
			List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list();
			if (open.isEmpty()) {
				break;
			}
			Task task = open.get(random.nextInt(open.size()));
			complete(task, script, company);
			completed++;
		}
		if (script.fate == Fate.WITHDRAWN) {
			cases.withdraw(opened.id(), company, "Our priorities changed.");
		}
	}

	private void complete(Task task, CaseScript script, CurrentUser company) {
		CurrentUser actor = actorOf(task, company);
		FormSubmission submission = FormSubmission.validate(FormDefinitions.of(task.getTaskDefinitionKey()).orElseThrow(),
				script.answer(task.getTaskDefinitionKey()), new FormSubmission.Context(OffsetDateTime.now(),
						ZoneId.of("Asia/Tokyo"), username -> true));
		engineUser.runAs(actor, () -> {
			if (task.getAssignee() == null && !actor.hasRole(DeskRole.COMPANY)) {
				tasks.claim(task.getId(), actor.username());
			}
			tasks.complete(task.getId(), submission.variables());
		});
	}

	private CurrentUser actorOf(Task task, CurrentUser company) {
		if (task.getAssignee() != null) {
			return new CurrentUser(task.getAssignee(), task.getAssignee(), null, Set.of(DeskRole.ADVISOR), null);
		}
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			String group = link.getGroupId();
			if (group != null && CompanyGroups.isCompanyGroup(group)) {
				return company;
			}
			if (Groups.ADVISORS.equals(group)) {
				return new CurrentUser(REALM_ADVISORS.get(0), REALM_ADVISORS.get(0), null, Set.of(DeskRole.ADVISOR), null);
			}
		}
		return new CurrentUser(SUPERVISOR, SUPERVISOR, null, Set.of(DeskRole.SUPERVISOR), null);
	}

	static CurrentUser companyUser(String companyId) {
		return new CurrentUser("bench.user@" + companyId, "Bench user", null, Set.of(DeskRole.COMPANY), companyId);
	}

	/**
	 * The engine and the desk stamp everything "now"; a desk three years in service opened
	 * its closed cases over those years. Open cases keep recent dates (their timers are real).
	 */
	private void spreadOverThreeYears() {
		jdbc.update("""
				update desk.support_case set
				    opened_at = now() - (random() * interval '1095 days') - interval '30 days',
				    closed_at = null
				where status = 'CLOSED'""");
		jdbc.update("""
				update desk.support_case
				set closed_at = opened_at + (random() * least(now() - opened_at, interval '400 days'))
				where status = 'CLOSED'""");
		jdbc.update("""
				update desk.support_case set opened_at = now() - (random() * interval '120 days')
				where status <> 'CLOSED'""");
		jdbc.execute("analyze");
	}

}
