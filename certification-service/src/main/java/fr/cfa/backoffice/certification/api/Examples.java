package fr.cfa.backoffice.certification.api;

/** Example values the API documents in several places. */
public final class Examples {
    public static final String NUMBER = "MSADS-7K2Q-9XWB-M4TD-3HPA";
    public static final String CANDIDATE = "0b7e6a52-3c1d-4f7e-9a2b-5d8c4e1f6a90";

    private Examples() {}
}
