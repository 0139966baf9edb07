package jp.procurementdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Procurement Desk: case management for a consultation desk that helps health-products
 * companies win international public procurement. Each top-level package is a module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(DeskApplication.class, args);
	}

}
