package jp.procurementdesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module documentation of {@link ModularityTests}: the table of modules, stable diagrams. */
final class ModuleDocs {

	private ModuleDocs() {
	}

	/** {@code docs/architecture-modules.md}: every module and the dependencies its package-info allows. */
	static String table(ApplicationModules modules) {
		StringBuilder table = new StringBuilder("""
				# Modules and their allowed dependencies

				Each top-level package under `jp.procurementdesk` is a Spring Modulith module: its API is
				the package itself, everything under `internal` is its own. A module may use only the
				modules its `package-info.java` names in `allowedDependencies` (`tasks :: forms` is the
				named interface `jp.procurementdesk.tasks.forms`), and only their API; `ModularityTests`
				fails on any other use, on the engine's API (`org.camunda.bpm`) outside `process` and
				`tasks` (and the webapps' single sign-on in `identity`), and on SQL over another
				module's tables. This file is generated from the package-info declarations and checked
				by `ModularityTests.moduleTableMatchesThePackageInfos`; the diagrams are in
				[`modules/`](modules/) (PlantUML, written by the same test with Spring Modulith's
				`Documenter`; `components.puml` is the whole map).

				| Module | Package | Allowed dependencies | Diagram |
				|---|---|---|---|
				""");
		modules.stream().sorted(Comparator.comparing(module -> module.getIdentifier().toString())).forEach(module -> {
			String name = module.getIdentifier().toString();
			String allowed = allowedDependencies(module.getBasePackage().getName());
			table.append("| ")
				.append(module.getDisplayName())
				.append(" | `")
				.append(module.getBasePackage().getName())
				.append("` | ")
				.append(allowed)
				.append(" | [")
				.append(name)
				.append("](modules/module-")
				.append(name)
				.append(".puml) |\n");
		});
		return table.toString();
	}

	static String allowedDependencies(String basePackage) {
		try {
			ApplicationModule declared = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
			String[] allowed = declared.allowedDependencies();
			return allowed.length == 0 ? "none"
					: Stream.of(allowed).sorted().map(each -> "`" + each + "`").collect(Collectors.joining(", "));
		}
		catch (ClassNotFoundException none) {
			throw new IllegalStateException(basePackage + " has no package-info.java", none);
		}
	}


	/** Sorts each run of consecutive {@code Rel(}, {@code Component(} and list-item lines. */
	static String sortedRuns(String text) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int start = 0;
		while (start < lines.size()) {
			String kind = kind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))
					&& !lines.get(end).startsWith("|* ")) {
				end++;
			}
			if (kind != null && end - start > 1) {
				boolean table = lines.get(start).startsWith("|* ");
				List<String> run = lines.subList(start, end)
					.stream()
					.map(line -> line.startsWith("|") ? line.substring(1) : line)
					.sorted()
					.collect(Collectors.toCollection(ArrayList::new));
				if (table) {
					run.set(0, "|" + run.get(0));
				}
				for (int i = 0; i < run.size(); i++) {
					lines.set(start + i, run.get(i));
				}
			}
			start = end;
		}
		return String.join("\n", lines);
	}

	private static String kind(String line) {
		if (line.startsWith("Rel(")) {
			return "relation";
		}
		if (line.startsWith("  Component(")) {
			return "component";
		}
		return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
	}

}
