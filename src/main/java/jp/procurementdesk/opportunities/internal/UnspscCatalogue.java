package jp.procurementdesk.opportunities.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.procurementdesk.opportunities.UnspscCode;
import jp.procurementdesk.opportunities.UnspscCodes;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** {@link UnspscCodes} from {@code unspsc/health-families.tsv} (code, English name, Japanese name). */
@Component
class UnspscCatalogue implements UnspscCodes {

	static final String RESOURCE = "unspsc/health-families.tsv";

	private final List<UnspscCode> entries;

	UnspscCatalogue() {
		this.entries = read();
	}

	@Override
	public List<UnspscCode> all() {
		return entries;
	}

	@Override
	public Optional<UnspscCode> entryOf(String codeOrPrefix) {
		if (codeOrPrefix == null || !codeOrPrefix.matches("\\d{2,8}")) {
			return Optional.empty();
		}
		return entries.stream()
			.filter(entry -> codeOrPrefix.startsWith(entry.prefix()))
			.max(Comparator.comparingInt(entry -> entry.prefix().length()));
	}

	static List<UnspscCode> read() {
		List<UnspscCode> read = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				if (columns.length != 3 || !columns[0].matches("\\d{4}0000")) {
					throw new IllegalStateException(RESOURCE + ": not a segment or family line: " + line);
				}
				read.add(new UnspscCode(columns[0], columns[1].strip(), columns[2].strip()));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		read.sort(Comparator.comparing(UnspscCode::code));
		return List.copyOf(read);
	}

}
