package jp.procurementdesk.shared.internal;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applied migrations whose comments were edited afterwards (the text they pointed a reader at
 * moved: into the repository, or from the README into {@code docs/}). Flyway's checksum covers comments, so a database that ran the
 * old text would fail validation at start: before migrating, exactly the old checksum of
 * exactly those versions is replaced by the new one. Any other mismatch still fails as
 * Flyway means it to.
 */
@Configuration(proxyBeanMethods = false)
class MigrationCommentEdits {

	private static final Logger log = LoggerFactory.getLogger(MigrationCommentEdits.class);

	/**
	 * Version, checksum of the text as first applied (commit 963d8a0 and before), checksum of the
	 * text now (Flyway's CRC32 of the file).
	 */
	record Edit(String version, int applied, int now) {
	}

	static final List<Edit> EDITS = List.of(new Edit("2", 2001332910, -1039304615),
			new Edit("3", -2078170968, 432199094), new Edit("6", -170285611, -1242686758),
			new Edit("8", -119631700, 497108907));

	@Bean
	FlywayMigrationStrategy realignEditedComments() {
		return flyway -> {
			realign(flyway);
			flyway.migrate();
		};
	}

	static void realign(Flyway flyway) {
		realign(flyway, EDITS);
	}

	static void realign(Flyway flyway, List<Edit> edits) {
		JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
		String history = flyway.getConfiguration().getDefaultSchema() + "."
				+ flyway.getConfiguration().getTable();
		Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, history);
		if (!Boolean.TRUE.equals(exists)) {
			return;
		}
		for (Edit edit : edits) {
			int updated = jdbc.update("update " + history + " set checksum = ? where version = ? and checksum = ?",
					edit.now(), edit.version(), edit.applied());
			if (updated > 0) {
				log.info("Migration {}: comment edited after it was applied, checksum realigned", edit.version());
			}
		}
	}

}
