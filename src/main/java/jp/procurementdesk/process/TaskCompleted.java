package jp.procurementdesk.process;

import java.util.UUID;

/**
 * A user task of a case's process was completed (through the desk or Camunda's Tasklist).
 * Published synchronously inside the engine's transaction; a withdrawn case's open tasks are
 * deleted, not completed, and publish nothing.
 *
 * @param actor the user who completed it
 */
public record TaskCompleted(UUID caseId, String taskId, String taskKey, String actor) {

}
