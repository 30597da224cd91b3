package io.aitbc.client.cli.product;

import io.aitbc.client.api.AitbcClient;
import io.aitbc.client.cli.ApiCommand;
import java.io.PrintWriter;
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

    @Mixin
    OutputFormat format;

    @Override
    protected int run(AitbcClient api, PrintWriter out) {
        Tables.print(out, api.audit(actor, outcome, pages.paging()), format.json(),
                "occurredAt", "actor", "actorRoles", "action", "outcome", "httpStatus", "clientAddress");
        return 0;
    }
}
