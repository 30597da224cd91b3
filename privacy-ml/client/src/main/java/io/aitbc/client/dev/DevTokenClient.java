package io.aitbc.client.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gets a token from bin/start's DEVELOPMENT-ONLY issuer (mock-oauth2-server with interactive login) the way a
 * browser user does: the standard authorization code flow, where the sign-in form is posted with the subject and a
 * claims JSON ({@code groups}: the platform roles), then the code is exchanged at the token endpoint.
 */
public final class DevTokenClient {

    /** Not a registered client: the development issuer accepts any client id, secret and redirect URI. */
    private static final String CLIENT_ID = "aitbc-cli";
    private static final String REDIRECT_URI = "http://127.0.0.1/aitbc-dev-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    public DevTokenClient(Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What to ask for: issuer URL (e.g. http://127.0.0.1:8090/aitbc), subject and roles. */
    public record Request(URI issuer, String subject, List<String> roles) {
        public Request {
            if (subject.isBlank()) {
                throw new IllegalArgumentException("the subject must not be empty");
            }
            roles = List.copyOf(roles);
        }
    }

    /** The signed access token (a JWT). */
    public String accessToken(Request request) throws IOException, InterruptedException {
        String base = request.issuer().toString().replaceAll("/+$", "");
        String state = random();
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("client_id", CLIENT_ID);
        authorize.put("response_type", "code");
        authorize.put("redirect_uri", REDIRECT_URI);
        authorize.put("scope", "openid");
        authorize.put("state", state);
        authorize.put("nonce", random());
        Map<String, Object> claims = Map.of("groups", request.roles(), "upn", request.subject());
        HttpResponse<String> login = post(URI.create(base + "/authorize?" + form(authorize)),
                form(Map.of("username", request.subject(), "claims", JSON.writeValueAsString(claims))));
        String location = login.headers().firstValue("Location").orElseThrow(() -> new IOException(
                "the issuer's sign-in at " + base + "/authorize answered " + login.statusCode() + " without a redirect"
                        + " (is it the development issuer with interactive login?): " + login.body()));
        Map<String, String> callback = query(URI.create(location));
        if (!state.equals(callback.get("state")) || callback.get("code") == null) {
            throw new IOException("the issuer's sign-in redirected without this request's state and a code: " + location);
        }
        HttpResponse<String> token = post(URI.create(base + "/token"), form(Map.of(
                "grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri", REDIRECT_URI,
                "client_id", CLIENT_ID, "client_secret", "development")));
        if (token.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + token.statusCode() + ": " + token.body());
        }
        JsonNode accessToken = JSON.readTree(token.body()).get("access_token");
        if (accessToken == null || !accessToken.isTextual()) {
            throw new IOException("the token endpoint's answer has no access_token: " + token.body());
        }
        return accessToken.asText();
    }

    private HttpResponse<String> post(URI uri, String formBody) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
