package jp.procurementdesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries hold: each module uses only the modules its {@code package-info.java}
 * allows, and only their APIs; only process and tasks (and identity's single sign-on for the
 * Camunda webapps) speak to the engine; no module reads another module's tables. The module
 * documentation is written to {@code docs/modules}, the table of allowed dependencies is
 * {@code docs/architecture-modules.md}.
 */
class ModularityTests {

	static final Path MODULE_TABLE = Path.of("docs/architecture-modules.md");

	static final Path MODULE_DOCS = Path.of("docs/modules");

	static final Path SOURCES = Path.of("src/main/java/jp/procurementdesk");

	/** Who owns each table of the desk's schema (the Flyway migrations create them). */
	static final Map<String, String> TABLE_OWNERS = Map.ofEntries(Map.entry("company", "companies"), Map.entry("company_audit", "companies"),
			Map.entry("registration", "companies"), Map.entry("registration_rate_limit", "companies"),
			Map.entry("product", "companies"),
			Map.entry("spring_session", "identity"), Map.entry("spring_session_attributes", "identity"),
			Map.entry("account_block", "identity"),
			Map.entry("support_case", "cases"), Map.entry("case_pathway", "cases"),
			Map.entry("case_target_agency", "cases"), Map.entry("case_pathway_outcome", "cases"),
			Map.entry("case_sla_breach", "cases"), Map.entry("case_idempotency_key", "cases"),
			Map.entry("case_timeline", "cases"), Map.entry("document", "documents"),
			Map.entry("document_chunk", "documents"), Map.entry("notification", "notifications"),
			Map.entry("mail_outbox", "notifications"), Map.entry("open_task", "tasks"),
			Map.entry("case_message", "conversation"), Map.entry("case_message_read", "conversation"),
			Map.entry("message_mail", "notifications"), Map.entry("consultation", "consultations"),
			Map.entry("opportunity", "opportunities"), Map.entry("opportunity_audit", "opportunities"),
			Map.entry("event_registration", "opportunities"), Map.entry("event_product", "opportunities"),
			Map.entry("digest_item", "notifications"), Map.entry("digest_sent", "notifications"),
			Map.entry("calendar_token", "calendar"));

	ApplicationModules modules = ApplicationModules.of(DeskApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void onlyProcessAndTasksUseTheEngine() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.procurementdesk");
		noClasses().that()
			.resideOutsideOfPackages("jp.procurementdesk.process..", "jp.procurementdesk.tasks..")
			.and()
			.haveNameNotMatching("jp\\.procurementdesk\\.identity\\.internal\\.CamundaWebappSso(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.camunda.bpm..")
			.because("the engine stays behind process and tasks (identity only signs users in to the webapps)")
			.check(classes);
	}

	/** Also in the sources: an import the compiler drops (unused) is still a wall crossed. */
	@Test
	void onlyProcessAndTasksImportTheEngine() throws IOException {
		Pattern engineImport = Pattern.compile("(?m)^import (?:static )?org\\.camunda\\.");
		List<String> importers = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(source).getName(0).toString();
				boolean allowed = Set.of("process", "tasks").contains(module)
						|| source.endsWith(Path.of("identity/internal/CamundaWebappSso.java"));
				if (!allowed && engineImport.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()) {
					importers.add(source.toString());
				}
			}
		}
		assertThat(importers).as("sources importing the engine's API (org.camunda) outside process and tasks").isEmpty();
	}

	@Test
	void noModuleReadsAnotherModulesTables() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher table = Pattern.compile("(?i)create table (?:desk\\.)?(\\w+)").matcher(Files.readString(migration));
				while (table.find()) {
					created.add(table.group(1));
				}
			}
		}
		assertThat(TABLE_OWNERS.keySet()).as("every table has an owning module").containsExactlyInAnyOrderElementsOf(created);
		Pattern deskTable = Pattern.compile("(?<![\\w.])desk\\.(\\w+)|@Table\\(\\s*name\\s*=\\s*\"(\\w+)\"");
		Pattern engineTable = Pattern.compile("(?i)\\bact_(?:ru|hi|re|ge|id)_\\w+");
		List<String> crossings = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(source).getName(0).toString();
				String text = Files.readString(source, StandardCharsets.UTF_8);
				Matcher table = deskTable.matcher(text);
				while (table.find()) {
					String name = table.group(1) != null ? table.group(1) : table.group(2);
					String owner = TABLE_OWNERS.get(name);
					if (owner != null && !owner.equals(module)) {
						crossings.add(source + " reads " + name + " of " + owner);
					}
				}
				Matcher engine = engineTable.matcher(text);
				while (engine.find()) {
					if (!Set.of("process", "tasks").contains(module)) {
						crossings.add(source + " reads the engine's " + engine.group());
					}
				}
			}
		}
		assertThat(crossings).as("tables read outside their module").isEmpty();
	}

	/**
	 * The Documenter's diagrams (the whole map in {@code components.puml}, one per module) and
	 * module canvases, into {@code docs/modules}; its lines come in no fixed order, so runs of
	 * relations, components and list items are sorted: the files change only when the modules do.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Options.defaults().withOutputFolder(MODULE_DOCS.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> written = Files.list(MODULE_DOCS)) {
			for (Path file : written.toList()) {
				Files.writeString(file, ModuleDocs.sortedRuns(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			}
		}
	}

	/**
	 * {@code docs/architecture-modules.md} lists every module with the dependencies its
	 * package-info allows. When a module or an allowed dependency changes, rewrite it with
	 * {@code ./mvnw test -Dtest=ModularityTests -Dmodules.table=write} and commit it.
	 */
	@Test
	void moduleTableMatchesThePackageInfos() throws IOException {
		String table = ModuleDocs.table(modules);
		if ("write".equals(System.getProperty("modules.table"))) {
			Files.writeString(MODULE_TABLE, table, StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(MODULE_TABLE) ? Files.readString(MODULE_TABLE, StandardCharsets.UTF_8) : "")
			.as(MODULE_TABLE + " is out of date; rewrite it with -Dmodules.table=write")
			.isEqualTo(table);
	}

	/** The README's module map names, for each module, the dependencies its package-info allows. */
	@Test
	void readmeModuleMapShowsTheAllowedDependencies() throws IOException {
		Pattern row = Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]+ \\| ([^|]+) \\|$");
		Map<String, String> shown = new TreeMap<>();
		Matcher matcher = row.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
		while (matcher.find()) {
			shown.put(matcher.group(1), matcher.group(2).trim());
		}
		Map<String, String> declared = new TreeMap<>();
		modules.forEach(module -> declared.put(module.getIdentifier().toString(),
				ModuleDocs.allowedDependencies(module.getBasePackage().getName())));
		assertThat(shown).as("README.md, Architecture: module | purpose | may use").isEqualTo(declared);
	}

}
