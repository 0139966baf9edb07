package jp.procurementdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL of its own (embedded binaries, its own port and data directory) that a fault
 * test may stop and start again, on the same port with the same data, without disturbing
 * the PostgreSQL all other integration tests share ({@link DeskInfrastructure}).
 */
public final class RestartablePostgres implements AutoCloseable {

	private final int port;

	private final Path dataDirectory;

	private EmbeddedPostgres server;

	private RestartablePostgres(int port, Path dataDirectory) {
		this.port = port;
		this.dataDirectory = dataDirectory;
	}

	/** A fresh database (the directory is emptied first) on a free port. */
	public static RestartablePostgres start(Path dataDirectory) {
		FileSystemUtils.deleteRecursively(dataDirectory.toFile());
		RestartablePostgres postgres = new RestartablePostgres(DeskInfrastructure.freePort(), dataDirectory);
		postgres.startServer();
		return postgres;
	}

	/** Stops the server (a fast shutdown: open connections are cut); the data stays. */
	public synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server = null;
		}
	}

	/** Starts it again on the same port and data directory. */
	public synchronized void restart() {
		if (server == null) {
			startServer();
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	/** Spring properties that point an application at this database. */
	public Map<String, Object> applicationProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		return properties;
	}

	@Override
	public void close() {
		stop();
	}

	private void startServer() {
		try {
			server = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(Files.createDirectories(dataDirectory))
				// Never deleted by close(): a restart finds its data again.
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(true)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
