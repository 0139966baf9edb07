package jp.procurementdesk.process.internal;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;

import java.lang.reflect.Proxy;
import java.util.Set;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;
import jp.procurementdesk.shared.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's optimistic locks leave the process module as the desk's own 409. */
class CamundaEngineUserTest {

	final IdentityService identity = (IdentityService) Proxy.newProxyInstance(getClass().getClassLoader(),
			new Class<?>[] { IdentityService.class }, (proxy, method, arguments) -> null);

	final CurrentUser advisor = new CurrentUser(ADVISOR, "Tanaka", "tanaka@example.org",
			Set.of(DeskRole.ADVISOR), null);

	@Test
	void anOptimisticLockFailureBecomesAConflict() {
		OptimisticLockingException engine = new OptimisticLockingException("Entity was updated by another transaction");
		assertThatThrownBy(() -> new CamundaEngineUser(identity).runAs(advisor, () -> {
			throw engine;
		})).isInstanceOf(ConflictException.class)
			.hasMessage("Someone else changed this at the same time; reload and try again.")
			.hasCause(engine);
	}

	@Test
	void otherFailuresPassAsTheyAre() {
		IllegalStateException failure = new IllegalStateException("boom");
		assertThatThrownBy(() -> new CamundaEngineUser(identity).runAs(advisor, () -> {
			throw failure;
		})).isSameAs(failure);
		assertThat(new CamundaEngineUser(identity).actingAs(advisor, () -> "done")).isEqualTo("done");
	}

}
