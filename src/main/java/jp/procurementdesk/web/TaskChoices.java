package jp.procurementdesk.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.tasks.TaskView;

/**
 * What the viewer may do with an open task besides completing it, decided here for the pages
 * (the templates only read it).
 *
 * @param deskTask a task of the desk's staff (not a company's), and the viewer is staff
 * @param claim the viewer may claim it: a staff task nobody has yet
 * @param assign the viewer may assign it to an advisor: a supervisor, on a task of the advisors
 */
record TaskChoices(boolean deskTask, boolean claim, boolean assign) {

	static TaskChoices of(TaskView task, CurrentUser user) {
		boolean staff = user.hasRole(DeskRole.ADVISOR) || user.hasRole(DeskRole.SUPERVISOR);
		boolean deskTask = staff && !task.candidateGroups().isEmpty()
				&& !CompanyGroups.isCompanyGroup(task.candidateGroups().get(0));
		boolean assign = user.hasRole(DeskRole.SUPERVISOR) && task.candidateGroups().contains(Groups.ADVISORS);
		return new TaskChoices(deskTask, deskTask && task.assignee() == null, assign);
	}

	/** By task id, for the model attribute {@code choices}. */
	static Map<String, TaskChoices> of(Collection<TaskView> tasks, CurrentUser user) {
		Map<String, TaskChoices> choices = new LinkedHashMap<>();
		tasks.forEach(task -> choices.put(task.id(), of(task, user)));
		return choices;
	}

}
