package jp.procurementdesk.shared.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place that turns on Spring's {@code @Scheduled} methods for every module (the mail
 * sender of notifications, the gauges of monitoring). The engine's timers run on Camunda's
 * own job executor, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
