package nl.adviestracker.body;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.adviestracker.audit.AuditLog;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.shared.Versions;

/** Registering advisory bodies and their project groups. */
@Singleton
public class Bodies {

    private final AdvisoryBodyRepository bodies;
    private final ProjectGroupRepository groups;
    private final AuditLog audit;
    private final Clock clock;

    Bodies(AdvisoryBodyRepository bodies, ProjectGroupRepository groups, AuditLog audit, Clock clock) {
        this.bodies = bodies;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    public AdvisoryBody get(long id) {
        return bodies.findById(id).orElseThrow(() -> ProblemException.notFound("Adviesorgaan " + id));
    }

    @Transactional
    public AdvisoryBody create(BodyInput input) {
        checkNamesFree(input, null);
        AdvisoryBody body = bodies.save(new AdvisoryBody(
                null,
                input.name().strip(),
                input.shortName().strip(),
                input.contactName(),
                input.postalAddress(),
                blankToNull(input.contactEmail()),
                termLength(input),
                termUnit(input),
                null,
                null));
        addGroups(body, input.projectGroups());
        audit.created("advisory_body", body.id(), null, body);
        return body;
    }

    @Transactional
    public AdvisoryBody update(long id, BodyInput input) {
        AdvisoryBody current = get(id);
        Versions.requireCurrent(input.version(), current.version(), "Dit adviesorgaan", current);
        checkNamesFree(input, id);
        AdvisoryBody changed = bodies.update(new AdvisoryBody(
                id,
                input.name().strip(),
                input.shortName().strip(),
                input.contactName(),
                input.postalAddress(),
                blankToNull(input.contactEmail()),
                termLength(input),
                termUnit(input),
                current.dissolvedOn(),
                current.version()));
        addGroups(changed, input.projectGroups());
        audit.updated("advisory_body", id, null, current, changed);
        return changed;
    }

    /** Dissolves a body from today: it keeps its advice but takes nothing new. */
    @Transactional
    public AdvisoryBody dissolve(long id) {
        AdvisoryBody current = get(id);
        AdvisoryBody dissolved = bodies.update(current.dissolve(LocalDate.now(clock)));
        audit.updated("advisory_body", id, null, current, dissolved);
        return dissolved;
    }

    @Transactional
    public AdvisoryBody reopen(long id) {
        AdvisoryBody current = get(id);
        AdvisoryBody reopened = bodies.update(current.reopen());
        audit.updated("advisory_body", id, null, current, reopened);
        return reopened;
    }

    /** Adds a project group to a body; a name the body already has (in any case) is refused. */
    @Transactional
    public ProjectGroup addProjectGroup(long bodyId, String name) {
        AdvisoryBody body = get(bodyId);
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            throw ProblemException.invalid("name", "is verplicht");
        }
        if (wanted.length() > 200) {
            throw ProblemException.invalid("name", "mag hoogstens 200 tekens bevatten");
        }
        boolean taken = groups.findByBodyIdOrderByName(body.id()).stream()
                .anyMatch(group -> group.name().equalsIgnoreCase(wanted));
        if (taken) {
            throw ProblemException.invalid("name", "deze projectgroep bestaat al bij dit adviesorgaan");
        }
        ProjectGroup group = groups.save(new ProjectGroup(null, body.id(), wanted));
        audit.created("project_group", group.id(), null, group);
        return group;
    }

    public List<ProjectGroup> projectGroups(long bodyId) {
        return groups.findByBodyIdOrderByName(bodyId);
    }

    public List<AdvisoryBody> list() {
        return bodies.listOrderByName();
    }

    private void addGroups(AdvisoryBody body, List<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            if (groups.findByBodyIdAndName(body.id(), name.strip()).isEmpty()) {
                groups.save(new ProjectGroup(null, body.id(), name.strip()));
            }
        }
    }

    private void checkNamesFree(BodyInput input, Long exceptId) {
        bodies.listOrderByName().stream()
                .filter(other -> !other.id().equals(exceptId))
                .forEach(other -> {
                    if (other.name().equalsIgnoreCase(input.name().strip())) {
                        throw ProblemException.invalid("name", "er is al een adviesorgaan met deze naam");
                    }
                    if (other.shortName().equalsIgnoreCase(input.shortName().strip())) {
                        throw ProblemException.invalid("shortName", "er is al een adviesorgaan met deze afkorting");
                    }
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int termLength(BodyInput input) {
        return input.responseTermLength() == null ? 6 : input.responseTermLength();
    }

    private static ResponseTermUnit termUnit(BodyInput input) {
        return input.responseTermUnit() == null ? ResponseTermUnit.WEEKS : input.responseTermUnit();
    }
}
