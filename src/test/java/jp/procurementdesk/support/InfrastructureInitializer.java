package jp.procurementdesk.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at the shared real PostgreSQL and Keycloak. A test that sets
 * {@value #KEYCLOAK_VIA_RELAY} gets a context whose own calls to Keycloak (keys, users, admin API)
 * go through {@link DeskInfrastructure#keycloakRelay()}, which it may close and open again.
 */
class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String KEYCLOAK_VIA_RELAY = "desk.test.keycloak-via-relay";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DeskInfrastructure infrastructure = DeskInfrastructure.forTests();
		infrastructure.retain();
		// Registered before any other bean, so destroyed after all of them.
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("deskTestInfrastructure",
				infrastructure::release);
		Map<String, Object> properties = new LinkedHashMap<>(infrastructure.applicationProperties());
		if (context.getEnvironment().getProperty(KEYCLOAK_VIA_RELAY, Boolean.class, false)) {
			// The application's own calls to Keycloak go through a relay the test may close (an outage).
			properties.put("desk.keycloak.backchannel-url", "http://localhost:" + infrastructure.keycloakRelay().port());
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("desk-test-infrastructure", properties));
	}

}
