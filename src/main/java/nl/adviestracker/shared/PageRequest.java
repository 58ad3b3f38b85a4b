package nl.adviestracker.shared;

/** Which page of a list a client asks for; sizes are capped so one request cannot ask for everything. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalid("page", "moet 0 of groter zijn");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "moet tussen 1 en " + MAX_SIZE + " liggen");
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
