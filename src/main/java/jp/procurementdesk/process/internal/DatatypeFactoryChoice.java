package jp.procurementdesk.process.internal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Names the JDK's own {@code DatatypeFactory} before the engine starts. Camunda computes every
 * timer's due date through {@code DatatypeFactory.newInstance()}, which, with no name given,
 * searches every jar on the class path for a provider on each call: in the packaged jar a
 * tenth of a case creation's CPU (each case starts a triage timer). Runs before any context,
 * in the application, the tests and the benchmark alike; a name set by the operator wins.
 */
class DatatypeFactoryChoice implements EnvironmentPostProcessor {

	static final String PROPERTY = "javax.xml.datatype.DatatypeFactory";

	static final String JDK_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, JDK_FACTORY);
		}
	}

}
