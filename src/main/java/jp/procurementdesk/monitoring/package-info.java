/**
 * Monitoring: the desk's business figures as metrics for Prometheus
 * ({@code /actuator/prometheus}), beside Spring Boot's own (JVM, HTTP, connection pool).
 * Counters follow the other modules' past-tense events once their transaction has
 * committed; gauges come from a few cheap counts that the owning modules answer (the job
 * backlog from process, open cases from cases, documents stored from documents), refreshed
 * in the background, so that a scrape never touches the database. Only listens and reads.
 */
@ApplicationModule(displayName = "Monitoring", allowedDependencies = { "cases", "documents", "process" })
package jp.procurementdesk.monitoring;

import org.springframework.modulith.ApplicationModule;
