package jp.procurementdesk.process.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.StringUtils;

/** The engine's timers get the JDK's DatatypeFactory by name, not by a class path search. */
class DatatypeFactoryChoiceTest {

	@AfterEach
	void forget() {
		System.clearProperty(DatatypeFactoryChoice.PROPERTY);
	}

	@Test
	void springBootRunsItBeforeEveryContext() throws Exception {
		List<String> registered = new ArrayList<>();
		for (URL factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
			String names = PropertiesLoaderUtils.loadProperties(new UrlResource(factories))
				.getProperty(EnvironmentPostProcessor.class.getName());
			registered.addAll(StringUtils.commaDelimitedListToSet(names));
		}
		assertThat(registered).contains(DatatypeFactoryChoice.class.getName());
	}

	@Test
	void namesTheJdkFactoryWhichTheEngineThenGets() throws Exception {
		System.clearProperty(DatatypeFactoryChoice.PROPERTY);
		new DatatypeFactoryChoice().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

		assertThat(System.getProperty(DatatypeFactoryChoice.PROPERTY)).isEqualTo(DatatypeFactoryChoice.JDK_FACTORY);
		assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(DatatypeFactoryChoice.JDK_FACTORY);
	}

	@Test
	void anOperatorsChoiceWins() {
		System.setProperty(DatatypeFactoryChoice.PROPERTY, "org.example.OtherFactory");
		new DatatypeFactoryChoice().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

		assertThat(System.getProperty(DatatypeFactoryChoice.PROPERTY)).isEqualTo("org.example.OtherFactory");
	}

}
