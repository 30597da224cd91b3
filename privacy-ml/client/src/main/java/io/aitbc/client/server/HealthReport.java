package io.aitbc.client.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A server's MicroProfile Health answer: overall status and each check with its data. */
public record HealthReport(String status, List<Check> checks) {

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** One health check. */
    public record Check(String name, String status, Map<String, String> data) {
        public Check {
            data = Collections.unmodifiableMap(new LinkedHashMap<>(data)); // keeps the server's order
        }
    }

    public boolean healthy() {
        return "UP".equals(status);
    }
}
