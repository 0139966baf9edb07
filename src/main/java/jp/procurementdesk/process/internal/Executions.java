package jp.procurementdesk.process.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseUpdates;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;

/** Reading the variables the delegates need; the delegates themselves stay one-liners. */
final class Executions {

	private Executions() {
	}

	static UUID caseId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(Variables.CASE_ID));
	}

	static UUID registrationId(VariableScope scope) {
		return UUID.fromString(text(scope, Variables.REGISTRATION_ID));
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value.toString();
	}

	static Set<Pathway> pathways(VariableScope scope) {
		Set<Pathway> pathways = EnumSet.noneOf(Pathway.class);
		Arrays.stream(text(scope, Variables.PATHWAYS).split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.map(Pathway::valueOf)
			.forEach(pathways::add);
		return pathways;
	}

	/** The user the engine was told about (see EngineUser), or "system" for timers. */
	static String actor() {
		if (Context.getCommandContext() == null) {
			return CaseUpdates.SYSTEM;
		}
		Authentication authentication = Context.getCommandContext().getAuthentication();
		return authentication == null || authentication.getUserId() == null ? CaseUpdates.SYSTEM
				: authentication.getUserId();
	}

}
