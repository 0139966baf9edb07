package jp.procurementdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.procurementdesk.shared.internal.MigrationCommentEdits.Edit;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;

/** The realigned checksums are Flyway's own for the migrations as they stand in the repository. */
class MigrationCommentEditsTest {

	@Test
	void eachEditedMigrationIsRealignedToItsCurrentChecksum() throws Exception {
		for (Edit edit : MigrationCommentEdits.EDITS) {
			try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
				Path migration = files.filter(file -> file.getFileName().toString().startsWith("V" + edit.version() + "__"))
					.findFirst()
					.orElseThrow();
				int checksum = ChecksumCalculator
					.calculate(new FileSystemResource(null, migration.toString(), StandardCharsets.UTF_8, false));
				assertThat(checksum).as(migration.toString()).isEqualTo(edit.now()).isNotEqualTo(edit.applied());
			}
		}
	}

}
