package jp.procurementdesk.support;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test application context at the shared real PostgreSQL and Keycloak. */
class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		DeskInfrastructure infrastructure = DeskInfrastructure.forTests();
		infrastructure.retain();
		// Registered before any other bean, so destroyed after all of them.
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("deskTestInfrastructure",
				infrastructure::release);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("desk-test-infrastructure", infrastructure.applicationProperties()));
	}

}
