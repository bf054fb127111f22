package fr.cfa.backoffice.curriculum.domain.attendance;

public enum HalfDay { MORNING, AFTERNOON }
