package jp.procurementdesk.documents.internal;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfiguration {

	@Bean
	FilesystemStorage filesystemStorage(DocumentProperties properties) {
		return new FilesystemStorage(properties.directory());
	}

	/**
	 * The servlet container's multipart limits sit well above the desk's document limit, so
	 * that a file just over the limit reaches the desk, which answers 413 naming its limit.
	 * Parts go to temporary files, never into memory.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(DocumentProperties properties) {
		long limit = properties.maxSize().toBytes();
		long parser = Math.max(limit * 2, limit + DataSize.ofMegabytes(16).toBytes());
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(DataSize.ofBytes(parser));
		factory.setMaxRequestSize(DataSize.ofBytes(parser + DataSize.ofMegabytes(1).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}

}
