package fr.cfa.backoffice.placement.rest;

/** How the OpenAPI document describes the Idempotency-Key header of the creations a partner can make. */
final class IdempotencyKeyHeader {
    static final String DESCRIPTION = "Optional. One unique string (a UUID, say) per intended creation, 1 to 200 characters. Sent again by the "
            + "same caller with the same body, it answers what the first request created (201, header Idempotent-Replayed: true) instead "
            + "of creating it twice; with another body, 422 idempotency-key-reused. Kept 24 hours.";
    static final String EXAMPLE = "3f2b8c1d-7e4a-4b9c-8d2e-6a1f0c5b9e47";

    private IdempotencyKeyHeader() {}
}
