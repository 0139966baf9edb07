package jp.procurementdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.1 from a loopback address of the test's choosing (127.0.0.x): to the
 * application each address is another client, as the servlet container sees it
 * ({@code getRemoteAddr()}), without any header a client could forge.
 */
public final class LoopbackClient {

	private final String sourceAddress;

	private final int port;

	public LoopbackClient(String sourceAddress, int port) {
		this.sourceAddress = sourceAddress;
		this.port = port;
	}

	/** The answer: status, headers (lower-case names), body. */
	public record Answer(int status, Map<String, String> headers, String body) {
	}

	public Answer postJson(String path, String json, Map<String, String> headers) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\n")
			.append("Host: localhost:").append(port).append("\r\n")
			.append("Content-Type: application/json\r\n")
			.append("Accept: application/json, application/problem+json\r\n")
			.append("Content-Length: ").append(body.length).append("\r\n")
			.append("Connection: close\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(sourceAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
		byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] unchunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, crlf, at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
			int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] part, int from) {
		for (int i = from; i <= bytes.length - part.length; i++) {
			boolean match = true;
			for (int j = 0; j < part.length && match; j++) {
				match = bytes[i + j] == part[j];
			}
			if (match) {
				return i;
			}
		}
		return -1;
	}

}
