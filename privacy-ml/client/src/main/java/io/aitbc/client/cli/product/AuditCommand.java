package io.aitbc.client.cli.product;

import io.aitbc.client.api.ApiClient;
import io.aitbc.client.api.ApiException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aitbc audit}: the audit log (admins). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit log of security-relevant actions, newest first (admin role).")
public final class AuditCommand extends ApiCommand {

    @Option(names = "--actor", description = "Only this subject's actions")
    String actor;

    @Option(names = "--outcome", description = "succeeded, denied or failed")
    String outcome;

    @Mixin
    PageOptions pages;

    @Override
    int run(ApiClient api, PrintWriter out) throws IOException, ApiException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("actor", actor);
        p.put("outcome", outcome);
        pages.addTo(p);
        Tables.print(out, api.get(ApiClient.query("/admin/audit", p)), json,
                "occurredAt", "actor", "actorRoles", "action", "outcome", "httpStatus", "clientAddress");
        return 0;
    }
}
