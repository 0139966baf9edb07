package jp.procurementdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against real PostgreSQL and real Keycloak with the
 * demo realm and data, sending its mails to a real SMTP server ({@link MailCatcher}). All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		// Timers due in seconds fire within a second or two.
		"camunda.bpm.job-execution.wait-time-in-millis=500", "camunda.bpm.job-execution.max-wait=1000",
		// Mails leave the outbox within a second; a failed one is retried within a few.
		"desk.notifications.mail.send-interval=PT0.5S", "desk.notifications.mail.retry-initial=PT1S",
		"desk.notifications.mail.retry-max=PT2S",
		// Every test and the fuzzer register companies from 127.0.0.1; RegistrationSafeguardsIT
		// tests the limit itself with a context of its own.
		"desk.registration.per-hour=100000" })
@ContextConfiguration(initializers = InfrastructureInitializer.class)
@ActiveProfiles("demo")
@Import({ TestClock.class, PublishedEvents.class })
// Metrics exported as in production (/actuator/prometheus): Spring Boot turns them off in tests.
@AutoConfigureObservability(tracing = false)
public @interface DeskIntegrationTest {

}
