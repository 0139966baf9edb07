package jp.procurementdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.procurementdesk.shared.internal.MigrationCommentEdits.Edit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that ran a migration before its comment was edited starts on the edited text once
 * the edit is listed, and only the listed checksum is accepted (real PostgreSQL).
 */
class MigrationCommentEditsIT {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@TempDir
	Path asApplied;

	@Test
	void aListedCommentEditPassesValidationAnUnlistedOneStillFails() throws Exception {
		try (var files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Files.writeString(asApplied.resolve(file.getFileName()),
						file.getFileName().toString().startsWith("V2__") ? "-- as first applied\n" + text : text);
			}
		}
		int applied = ChecksumCalculator.calculate(new FileSystemResource(null,
				asApplied.resolve("V2__cases.sql").toString(), StandardCharsets.UTF_8, false));
		int now = ChecksumCalculator.calculate(new FileSystemResource(null,
				MIGRATIONS.resolve("V2__cases.sql").toString(), StandardCharsets.UTF_8, false));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			flyway(postgres, "filesystem:" + asApplied).migrate();
			Flyway current = flyway(postgres, "filesystem:" + MIGRATIONS);

			MigrationCommentEdits.realign(current, List.of(new Edit("2", applied + 1, now)));
			assertThatThrownBy(current::validate).isInstanceOf(FlywayException.class).hasMessageContaining("checksum");

			MigrationCommentEdits.realign(current, List.of(new Edit("2", applied, now)));
			current.validate();
			assertThat(current.migrate().migrationsExecuted).isZero();
		}
	}

	private static Flyway flyway(EmbeddedPostgres postgres, String location) {
		return Flyway.configure()
			.dataSource(postgres.getPostgresDatabase())
			.schemas("desk")
			.defaultSchema("desk")
			.locations(location)
			.load();
	}

}
