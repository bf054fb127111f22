package fr.cfa.backoffice.placement.domain;

/** Public employers file contracts with the State (DDETS, via CELIA); private ones with their OPCO (opérateur de compétences). */
public enum Sector {
    PUBLIC, PRIVATE;

    public FilingBody filingBody() {
        return this == PUBLIC ? FilingBody.DDETS : FilingBody.OPCO;
    }

    public enum FilingBody { DDETS, OPCO }
}
