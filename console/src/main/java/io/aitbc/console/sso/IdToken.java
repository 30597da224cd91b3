package io.aitbc.console.sso;

import java.time.Instant;
import java.util.List;

/** The claims of a verified ID token that the console uses: who, which groups, until when. */
record IdToken(String subject, List<String> groups, Instant expiresAt) {
}
