package jp.procurementdesk.process;

import java.util.function.Supplier;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The single adapter that tells the engine who acts: Camunda records that user on what the
 * work changes (task completion, claims, history).
 */
public interface EngineUser {

	<T> T actingAs(CurrentUser user, Supplier<T> work);

	default void runAs(CurrentUser user, Runnable work) {
		actingAs(user, () -> {
			work.run();
			return null;
		});
	}

}
