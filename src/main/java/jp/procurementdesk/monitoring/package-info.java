/**
 * Monitoring: the desk's business figures as metrics for Prometheus
 * ({@code /actuator/prometheus}), beside Spring Boot's own (JVM, HTTP, connection pool).
 * Counters follow the other modules' past-tense events once their transaction has
 * committed; gauges come from a few cheap count queries refreshed in the background, so that
 * a scrape never touches the database. Only listens and reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package jp.procurementdesk.monitoring;
