package jp.procurementdesk.process.internal;

import java.util.List;
import java.util.function.Supplier;

import jp.procurementdesk.identity.CompanyGroups;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.process.EngineUser;
import jp.procurementdesk.process.ProcessModel.Groups;
import jp.procurementdesk.shared.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.stereotype.Component;

/**
 * Runs the work as the user, and turns the engine's optimistic lock failures (someone else
 * changed the same task or process first) into the desk's own 409 as they leave the module.
 */
@Component
class CamundaEngineUser implements EngineUser {

	private final IdentityService identity;

	CamundaEngineUser(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public <T> T actingAs(CurrentUser user, Supplier<T> work) {
		identity.setAuthentication(user.username(), groupsOf(user));
		try {
			return work.get();
		}
		catch (OptimisticLockingException concurrent) {
			throw ConflictException.concurrentChange(concurrent);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	static List<String> groupsOf(CurrentUser user) {
		if (user.hasRole(DeskRole.SUPERVISOR)) {
			return List.of(Groups.SUPERVISORS);
		}
		if (user.hasRole(DeskRole.ADVISOR)) {
			return List.of(Groups.ADVISORS);
		}
		return user.companyId() == null ? List.of() : List.of(CompanyGroups.of(user.companyId()));
	}

}
