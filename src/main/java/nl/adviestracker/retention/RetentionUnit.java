package nl.adviestracker.retention;

import java.time.LocalDate;

public enum RetentionUnit {
    DAYS("dag", "dagen"),
    MONTHS("maand", "maanden"),
    YEARS("jaar", "jaar");

    private final String one;
    private final String many;

    RetentionUnit(String one, String many) {
        this.one = one;
        this.many = many;
    }

    LocalDate after(LocalDate from, int amount) {
        return switch (this) {
            case DAYS -> from.plusDays(amount);
            case MONTHS -> from.plusMonths(amount);
            case YEARS -> from.plusYears(amount);
        };
    }

    String dutch(int amount) {
        return amount + " " + (amount == 1 ? one : many);
    }

    public String plural() {
        return many;
    }
}
