package fr.cfa.backoffice.placement.api;

/** Example values for the OpenAPI document: one consistent story, so the ids of an answer match each other. */
final class Examples {
    static final String EMPLOYER_ID = "0b6f2c1e-6a3d-4f8e-9b2a-5c7d1e3f4a60";
    static final String TUTOR_ID = "7d41c9a2-3e5b-4c6f-8a1d-2b9e0f5c3d71";
    static final String OFFER_ID = "c3e8a1f4-9b2d-4e7a-a6c5-1f0d8b3e2a94";
    static final String CANDIDATE_ID = "5a9e3d7c-1b4f-4a2e-8c6d-9f0b2e4a1c38";
    static final String COHORT_ID = "e2d4f6a8-0c1e-4b3d-9f5a-7c8e1a2b3d45";
    static final String CONTRACT_ID = "9f1a3c5e-7b2d-4e6f-a8c0-3d5e7f9a1b26";
    static final String EVALUATION_ID = "4b6d8f0a-2c4e-4a6b-8d0f-1a3c5e7b9d02";
    /** A rating for each of the eight job activities. */
    static final String RATINGS = "{\"ORGANISE_INTERVENTIONS\": \"ACQUIRED\", \"WATCH_ASSIGNED_ZONE\": \"ACQUIRED\", "
            + "\"CONTACT_LOCAL_POPULATION\": \"IN_PROGRESS\", \"WELCOME_AND_INFORM\": \"ACQUIRED\", \"IDENTIFY_TENSIONS\": \"IN_PROGRESS\", "
            + "\"REGULATE_CONFLICTS\": \"NOT_ACQUIRED\", \"TRACK_ACTIVITY\": \"ACQUIRED\", \"NETWORKS_AND_WATCH\": \"IN_PROGRESS\"}";

    private Examples() {}
}
