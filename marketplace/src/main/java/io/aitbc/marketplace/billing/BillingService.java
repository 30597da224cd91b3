package io.aitbc.marketplace.billing;

import io.aitbc.domain.billing.UsageRepository.Party;
import io.aitbc.domain.shared.Caller;
import io.aitbc.domain.shared.Page;
import io.aitbc.domain.shared.PageRequest;
import jakarta.ejb.Local;
import java.time.Instant;

/** Usage records and billing summaries, each caller seeing only its share. */
@Local
public interface BillingService {

    /**
     * Usage records newest first: as {@link Party#CONSUMER} the caller's own inference, as
     * {@link Party#MODEL_OWNER} the inference on the caller's models (owner role), {@link Party#ANY} every
     * record (admin only).
     */
    Page<UsageView> usage(Caller caller, Party view, PageRequest page);

    /**
     * Totals of [from, to) per owner, model and level: an owner sees its own models ({@code ownerOrNull}
     * must be null or itself); an admin sees one owner or, with null, everyone.
     */
    BillingSummary summary(Caller caller, Instant from, Instant to, String ownerOrNull);
}
