package jp.procurementdesk.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem storage on a temporary directory; file names and content types without a server. */
class DocumentStorageTest {

	@TempDir
	Path root;

	@Test
	void filesystemStorageWritesReadsAndStaysInsideItsDirectory() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(root.resolve("documents"));
		UUID id = UUID.randomUUID();
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(42).nextBytes(content);

		storage.write(id, new ByteArrayInputStream(content));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		storage.copyTo(id, out);

		assertThat(out.toByteArray()).isEqualTo(content);
		try (Stream<Path> files = Files.walk(root)) {
			List<Path> written = files.filter(Files::isRegularFile).toList();
			assertThat(written).containsExactly(root.resolve("documents").resolve(id.toString().substring(0, 2))
				.resolve(id.toString()));
		}
		assertThat(storage.name()).isEqualTo("filesystem");
	}

	@Test
	void aFailedWriteLeavesNoFileAndDiscardRemovesContent() throws IOException {
		FilesystemStorage storage = new FilesystemStorage(root);
		UUID id = UUID.randomUUID();
		InputStream failing = new InputStream() {

			int left = 100_000;

			@Override
			public int read() throws IOException {
				if (left-- <= 0) {
					throw new IOException("client went away");
				}
				return 'x';
			}

		};

		assertThatThrownBy(() -> storage.write(id, failing)).isInstanceOf(IOException.class);
		try (Stream<Path> files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}

		storage.write(id, new ByteArrayInputStream("kept".getBytes(StandardCharsets.UTF_8)));
		storage.discard(id);
		assertThat(Files.exists(storage.pathOf(id))).isFalse();
	}

	@Test
	void fileNamesLoseTheirPathsControlsAndReservedCharacters() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("..\\..\\windows\\system.ini")).isEqualTo("system.ini");
		assertThat(FileNames.sanitise("/")).isEqualTo("document");
		assertThat(FileNames.sanitise("..")).isEqualTo("document");
		assertThat(FileNames.sanitise(null)).isEqualTo("document");
		assertThat(FileNames.sanitise(".bashrc")).isEqualTo("bashrc");
		assertThat(FileNames.sanitise("a\u0000b\nc\u202E.pdf")).isEqualTo("abc.pdf");
		assertThat(FileNames.sanitise("what?*:\"<x>|.txt")).isEqualTo("what_____x__.txt");
		assertThat(FileNames.sanitise("製品ドシエ 第1版.pdf")).isEqualTo("製品ドシエ 第1版.pdf");
		String longName = "a".repeat(300) + ".pdf";
		assertThat(FileNames.sanitise(longName)).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
		assertThat(FileNames.original("../../etc/passwd\u0007")).isEqualTo("../../etc/passwd");
	}

	@Test
	void contentTypesComeFromTheBytes() throws IOException {
		assertThat(detect("x.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
		assertThat(detect("report.docx", zip("word/document.xml"))).isEqualTo(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(detect("archive.zip", zip("a.txt"))).isEqualTo("application/zip");
		assertThat(detect("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
		assertThat(detect("jar.jar", zip("META-INF/MANIFEST.MF"))).isNotIn(ContentTypes.ALLOWED);
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThat(ContentTypes.allowed(detect("dossier.pdf", exe))).isFalse();
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
		assertThat(detect("x.png", jpeg)).isEqualTo("image/jpeg");
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThat(ContentTypes.allowed(detect("old.doc", ole))).isTrue();
	}

	private static String detect(String name, byte[] content) throws IOException {
		return ContentTypes.detect(new ByteArrayInputStream(content), name);
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("content".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
