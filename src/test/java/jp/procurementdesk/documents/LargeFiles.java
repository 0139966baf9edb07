package jp.procurementdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jp.procurementdesk.support.Tokens;

/**
 * Files too large to hold: uploaded and downloaded as streams over plain HTTP/1.1 against the
 * application on its port, hashed as they pass, and the heap measured around them.
 */
final class LargeFiles {

	static final long MB = 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	LargeFiles(int port) {
		this.port = port;
	}

	/** A multipart upload whose file part is generated while it is sent: the test holds no copy either. */
	HttpResponse<String> streamUpload(String user, UUID caseId, String type, String fileName, long size)
			throws IOException, InterruptedException {
		String boundary = "desk-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/cases/" + caseId + "/documents")))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head),
							new GeneratedPdf(size)), new ByteArrayInputStream(tail))),
					head.length + size + tail.length))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The document's content as a stream, as the user downloads it. */
	HttpResponse<InputStream> streamDownload(String user, UUID documentId) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url("/api/documents/" + documentId + "/content")))
			.header("Authorization", "Bearer " + Tokens.cachedAccessToken(user))
			.build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The heap this JVM uses after a few garbage collections (the lowest of three readings). */
	static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

	static String sha256(InputStream in) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	static String sha256(byte[] content) {
		try {
			return sha256(new ByteArrayInputStream(content));
		}
		catch (IOException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
