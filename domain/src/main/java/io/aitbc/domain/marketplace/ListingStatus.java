package io.aitbc.domain.marketplace;

/** Whether consumers find a listing. */
public enum ListingStatus {
    ACTIVE, PAUSED
}
