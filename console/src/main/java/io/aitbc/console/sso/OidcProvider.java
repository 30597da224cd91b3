package io.aitbc.console.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SSO as the console's OpenID Connect client talks to it: discovery (cached), the JSON Web Key Set
 * (cached, fetched again when a token names an unknown key) and the token endpoint (authorization code with
 * PKCE, client authentication {@code client_secret_basic}).
 */
@ApplicationScoped
public class OidcProvider {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    SsoSettings settings;

    // HTTP/1.1, as every HTTP client of the project: the JDK's default h2c upgrade on http:// lost connections (measured with Payara)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private volatile ProviderMetadata metadata;
    private volatile IdTokenVerifier verifier;

    ProviderMetadata metadata() throws LoginException {
        ProviderMetadata m = metadata;
        if (m == null) {
            URI issuer = settings.issuer().orElseThrow(() -> new LoginException(
                    "no SSO configured for the console (aitbc.console.oidc.provider-uri or mp.jwt.verify.issuer)"));
            JsonObject doc = IdTokenVerifier.parse(get(URI.create(issuer + "/.well-known/openid-configuration")));
            if (!issuer.toString().equals(doc.getString("issuer", ""))) {
                throw new LoginException("the SSO's discovery document names another issuer: " + doc.getString("issuer", "?"));
            }
            m = new ProviderMetadata(issuer.toString(), URI.create(doc.getString("authorization_endpoint")),
                    URI.create(doc.getString("token_endpoint")), URI.create(doc.getString("jwks_uri")));
            metadata = m;
        }
        return m;
    }

    URI authorizationRequest(URI redirectUri, PendingLogin login) throws LoginException {
        Map<String, String> q = Map.of("response_type", "code", "client_id", settings.clientId(),
                "redirect_uri", redirectUri.toString(), "scope", "openid", "state", login.state(), "nonce", login.nonce(),
                "code_challenge", login.codeChallenge(), "code_challenge_method", "S256");
        return URI.create(metadata().authorizationEndpoint() + "?" + form(q));
    }

    /** Exchanges the authorization code for tokens and verifies the ID token. */
    IdToken redeem(String code, URI redirectUri, PendingLogin login) throws LoginException {
        String credentials = Base64.getEncoder().encodeToString((enc(settings.clientId()) + ":" + enc(settings.clientSecret()))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(metadata().tokenEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirectUri.toString(), "code_verifier", login.codeVerifier(),
                        "client_id", settings.clientId())))).build();
        HttpResponse<String> r = send(request);
        if (r.statusCode() != 200) {
            throw new LoginException("the SSO refused the authorization code: HTTP " + r.statusCode());
        }
        String idToken = IdTokenVerifier.string(IdTokenVerifier.parse(r.body()), "id_token")
                .orElseThrow(() -> new LoginException("the SSO's token answer has no id_token"));
        IdTokenVerifier v = verifier(false);
        if (v.lacksKeyFor(idToken)) {
            v = verifier(true);
        }
        return v.verify(idToken, login.nonce(), Instant.now());
    }

    private IdTokenVerifier verifier(boolean refresh) throws LoginException {
        IdTokenVerifier v = verifier;
        if (v == null || refresh) {
            ProviderMetadata m = metadata();
            v = new IdTokenVerifier(IdTokenVerifier.rsaKeys(get(m.jwksUri())), m.issuer(), settings.clientId(),
                    settings.groupsClaim());
            verifier = v;
        }
        return v;
    }

    private String get(URI uri) throws LoginException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build());
        if (r.statusCode() != 200) {
            throw new LoginException(uri + " answered HTTP " + r.statusCode());
        }
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws LoginException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoginException("the SSO cannot be reached at " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginException("interrupted", e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
