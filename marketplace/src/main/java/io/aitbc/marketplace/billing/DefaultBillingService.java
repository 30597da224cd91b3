package io.aitbc.marketplace.billing;

import io.aitbc.domain.billing.UsageRepository;
import io.aitbc.domain.billing.UsageRepository.Party;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.InvalidRequestException;
import io.aitbc.domain.shared.NotPermittedException;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import io.aitbc.domain.shared.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

@Stateless
public class DefaultBillingService implements BillingService {

    /** A summary covers at most about a year and a half (bounded work per request). */
    static final Duration MAX_PERIOD = Duration.ofDays(550);

    @Inject
    UsageRepository usage;

    @Override
    public Page<UsageView> usage(Caller caller, Party view, PageRequest page) {
        switch (view) {
            case MODEL_OWNER -> require(caller.has(Role.OWNER) || caller.isAdmin(), "only model owners see usage of their models");
            case ANY -> require(caller.isAdmin(), "only admins see everyone's usage");
            case CONSUMER -> { }
        }
        return usage.list(view, caller.subject(), page).map(UsageView::of);
    }

    @Override
    public BillingSummary summary(Caller caller, Instant from, Instant to, String ownerOrNull) {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("'from' must be before 'to'");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRequestException("a summary covers at most " + MAX_PERIOD.toDays() + " days");
        }
        String owner = ownerOrNull;
        if (!caller.isAdmin()) {
            require(caller.has(Role.OWNER), "only model owners and admins see billing summaries");
            require(owner == null || owner.equals(caller.subject()), "an owner sees only its own billing");
            owner = caller.subject();
        }
        return BillingSummary.of(from, to, owner, usage.summarize(owner, from, to));
    }

    private static void require(boolean permitted, String message) {
        if (!permitted) {
            throw new NotPermittedException(message);
        }
    }
}
