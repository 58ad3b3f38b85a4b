package nl.adviestracker.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A municipality with its own advisory bodies, advices, users and letterhead.
 *
 * @param collegeName who signs the college's letters, "burgemeester en wethouders van Groningen"
 * @param signatories "role: name" of each signatory, in order ("burgemeester: Koen Schuiling")
 * @param logoReference a logo the letter templates know (file name or URL); null: none
 * @param houseColour the house colour as {@code #rrggbb}; null: the templates' own
 */
@Serdeable
public record Organisation(
        long id,
        String name,
        String slug,
        String collegeName,
        @Nullable String phone,
        @Nullable String postalAddress,
        List<String> signatories,
        @Nullable String logoReference,
        @Nullable String houseFont,
        @Nullable String houseColour,
        int version) {}
