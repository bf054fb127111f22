package fr.cfa.backoffice.platform.web;

import fr.cfa.backoffice.platform.problem.InvalidParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses an enum query parameter, answering 400 with the accepted values instead of JAX-RS's bare 404. */
public final class EnumParameter {
    private EnumParameter() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        }
    }
}
