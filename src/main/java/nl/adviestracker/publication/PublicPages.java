package nl.adviestracker.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.Advice;
import nl.adviestracker.advice.AdviceRegister;
import nl.adviestracker.advice.Point;
import nl.adviestracker.advice.PointReferences;
import nl.adviestracker.body.AdvisoryBody;
import nl.adviestracker.body.AdvisoryBodyRepository;
import nl.adviestracker.followup.PublicPromise;
import nl.adviestracker.followup.PublicPromises;
import nl.adviestracker.organisation.Organisation;
import nl.adviestracker.response.ResponseView;
import nl.adviestracker.response.Responses;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.shared.ProblemException;
import nl.adviestracker.tenancy.OrganisationContext;
import nl.adviestracker.verdict.PublicVerdicts;
import nl.adviestracker.verdict.VerdictView;
import nl.adviestracker.web.Form;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Pager;
import nl.adviestracker.web.ViewHelpers;
import nl.adviestracker.web.Views;

/**
 * What everyone may see without logging in: the advices and responses staff published, per body, and
 * an Atom feed of newly published answers for the body's website and anyone who follows it.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicPages {

    private static final int FEED_SIZE = 50;

    private final Views views;
    private final Publications publications;
    private final AdvisoryBodyRepository bodies;
    private final AdviceRegister advices;
    private final Responses responses;
    private final PublicOrganisation chosen;
    private final PublicVerdicts publicVerdicts;
    private final Redactions redactions;
    private final PublicPromises promises;

    PublicPages(
            Views views,
            Publications publications,
            AdvisoryBodyRepository bodies,
            AdviceRegister advices,
            Responses responses,
            PublicOrganisation chosen,
            PublicVerdicts publicVerdicts,
            Redactions redactions,
            PublicPromises promises) {
        this.publicVerdicts = publicVerdicts;
        this.redactions = redactions;
        this.promises = promises;
        this.views = views;
        this.publications = publications;
        this.bodies = bodies;
        this.advices = advices;
        this.responses = responses;
        this.chosen = chosen;
    }

    /**
     * The organisation whose pages these are, with the query that every link on them carries.
     *
     * @param query {@code organisatie=<slug>}, to append to a link after {@code ?} or {@code &}
     */
    public record Shown(String name, String slug, String query, String listHref, String feedHref) {

        static Shown of(Organisation organisation) {
            String query = OrganisationContext.PUBLIC_PARAMETER + "="
                    + URLEncoder.encode(organisation.slug(), StandardCharsets.UTF_8);
            return new Shown(
                    organisation.name(), organisation.slug(), query, "/public?" + query, "/feed.atom?" + query);
        }
    }

    public record PublicListView(
            Frame frame, Shown organisation, Form.Field body, List<PublishedAdvice> advices, Pager pager) {}

    public record PublicAdviceView(
            Frame frame,
            Shown organisation,
            String subject,
            String bodyName,
            Advice advice,
            @Nullable String introduction,
            Publication publication,
            List<PublicPoint> points,
            List<PublicResponse> responses) {}

    public record PublicPoint(String label, String text) {}

    public record PublicResponse(
            String reference,
            String stance,
            @Nullable String paraphrase,
            String text,
            @Nullable String reason,
            @Nullable VerdictView verdict,
            List<PublicPromise> promises) {}

    public record FeedView(
            String organisationName, String selfHref, String siteHref, String updated, List<FeedEntry> entries) {}

    public record FeedEntry(
            String id, String title, String href, String updated, String published, String author, String summary) {}

    @Get(value = "/public", produces = MediaType.TEXT_HTML)
    HttpResponse<String> list(
            HttpRequest<?> request,
            @Nullable SignedInUser user,
            @Nullable @QueryValue Long orgaan,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue String organisatie) {
        Organisation organisation = chosen.choose(organisatie);
        return chosen.within(organisation, () -> list(user, Shown.of(organisation), orgaan, page));
    }

    private HttpResponse<String> list(
            @Nullable SignedInUser user, Shown shown, @Nullable Long orgaan, @Nullable Integer page) {
        PageOf<PublishedAdvice> found = publications.published(
                orgaan, new PageRequest(page == null || page < 0 ? 0 : page, PageRequest.DEFAULT_SIZE));
        List<Form.Option> options = bodies.listOrderByName().stream()
                .map(b -> Form.Option.of(String.valueOf(b.id()), b.name()))
                .toList();
        Form filter = Form.named("filter-").set("orgaan", orgaan);
        return views.page(
                "public",
                new PublicListView(
                        frame("Openbare adviezen", user, shown),
                        shown,
                        filter.field("orgaan", options),
                        found.items(),
                        Pager.of(
                                found,
                                Pager.Query.of("/public")
                                        .with(OrganisationContext.PUBLIC_PARAMETER, shown.slug())
                                        .with("orgaan", orgaan),
                                "page")));
    }

    @Get(value = "/public/advices/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> advice(@Nullable SignedInUser user, long id, @Nullable @QueryValue String organisatie) {
        Organisation organisation = chosen.choose(organisatie);
        return chosen.within(organisation, () -> advice(user, Shown.of(organisation), id));
    }

    private HttpResponse<String> advice(@Nullable SignedInUser user, Shown shown, long id) {
        if (!publications.isPublic(id)) {
            throw ProblemException.notFound("Een openbaar advies met nummer " + id);
        }
        Advice advice = advices.get(id);
        PublicText text = redactions.publicText(id);
        Publication publication = publications.inForce(id).orElseThrow();
        AdvisoryBody body = bodies.findById(advice.bodyId()).orElseThrow();
        List<Point> points = advices.points(id);
        List<String> labels = points.stream().map(Point::label).toList();
        Map<Long, Point> byId = points.stream().collect(Collectors.toMap(Point::id, p -> p));
        Map<Long, VerdictView> verdicts = publicVerdicts.ofPublished(advice);
        Map<Long, List<PublicPromise>> promised = promises.ofAdvice(id).stream()
                .map(p -> redacted(p, text))
                .collect(Collectors.groupingBy(PublicPromise::responseId));
        List<PublicResponse> answers = responses.list(id).stream()
                .sorted((a, b) -> Integer.compare(firstPosition(a, byId), firstPosition(b, byId)))
                .map(r -> new PublicResponse(
                        PointReferences.of(
                                labels,
                                r.pointIds().stream()
                                        .map(p -> byId.get(p).label())
                                        .toList()),
                        r.stance().dutch(),
                        text.apply(r.paraphrase()),
                        text.apply(r.text()),
                        text.apply(r.reason()),
                        verdicts.get(r.id()),
                        promised.getOrDefault(r.id(), List.of())))
                .toList();
        return views.page(
                "public-advice",
                new PublicAdviceView(
                        frame(text.apply(advice.subject()), user, shown),
                        shown,
                        text.apply(advice.subject()),
                        body.name(),
                        advice,
                        text.apply(advice.introduction()),
                        publication,
                        points.stream()
                                .map(p -> new PublicPoint(p.label(), text.apply(p.text())))
                                .toList(),
                        answers));
    }

    /** A promise with its texts as published: the names and addresses staff chose to leave out, left out. */
    private static PublicPromise redacted(PublicPromise promise, PublicText text) {
        return new PublicPromise(
                promise.responseId(),
                text.apply(promise.description()),
                promise.status(),
                promise.dueOn(),
                promise.overdue(),
                promise.milestones().stream()
                        .map(m -> new PublicPromise.Step(text.apply(m.description()), m.plannedOn(), m.reachedOn()))
                        .toList(),
                promise.evidence().stream()
                        .map(e -> new PublicPromise.Shown(text.apply(e.description()), e.url()))
                        .toList(),
                promise.dueDateHistory() == null
                        ? null
                        : promise.dueDateHistory().mapReasons(text::apply));
    }

    /** Newly answered advices that staff published, newest first (RFC 4287). */
    @Get(value = "/feed.atom", produces = "application/atom+xml;charset=utf-8")
    HttpResponse<String> feed(HttpRequest<?> request, @Nullable @QueryValue String organisatie) {
        Organisation organisation = chosen.choose(organisatie);
        return chosen.within(organisation, () -> feed(request, Shown.of(organisation)));
    }

    private HttpResponse<String> feed(HttpRequest<?> request, Shown shown) {
        String base = baseUrl(request);
        List<PublishedAdvice> latest =
                publications.published(null, new PageRequest(0, FEED_SIZE)).items();
        List<FeedEntry> entries = latest.stream()
                .map(p -> new FeedEntry(
                        "urn:adviestracker:advies:" + p.adviceId() + ":openbaar:" + p.publishedOn(),
                        p.subject(),
                        base + "/public/advices/" + p.adviceId() + "?" + shown.query(),
                        rfc3339(p.publishedAt()),
                        p.publishedOn() + "T00:00:00Z",
                        p.bodyName(),
                        "Advies van de " + p.bodyName() + " van " + ViewHelpers.DUTCH_DATE.format(p.receivedOn())
                                + ", met de reactie van het college op " + p.pointCount()
                                + (p.pointCount() == 1 ? " punt." : " punten.")))
                .toList();
        String updated = latest.isEmpty()
                ? "1970-01-01T00:00:00Z"
                : rfc3339(latest.stream()
                        .map(PublishedAdvice::publishedAt)
                        .max(Instant::compareTo)
                        .orElseThrow());
        return HttpResponse.ok(views.render(
                        "feed",
                        new FeedView(shown.name(), base + shown.feedHref(), base + shown.listHref(), updated, entries)))
                .contentType("application/atom+xml;charset=utf-8");
    }

    /** The usual frame, its link to the public pages leading to this organisation's. */
    private static Frame frame(String title, @Nullable SignedInUser user, Shown shown) {
        Frame frame = Frame.of(title, user, "/public", null);
        List<Frame.NavLink> nav = frame.nav().stream()
                .map(link -> link.href().equals("/public")
                        ? new Frame.NavLink(shown.listHref(), link.label(), link.current())
                        : link)
                .toList();
        return new Frame(frame.title(), frame.userName(), frame.roleName(), frame.csrf(), nav, frame.flash());
    }

    private static int firstPosition(ResponseView response, Map<Long, Point> byId) {
        return response.pointIds().stream()
                .mapToInt(id -> byId.get(id).position())
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The address the visitor used, so links in the feed work from wherever it is read. */
    private static String baseUrl(HttpRequest<?> request) {
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        String scheme = proto != null ? proto : request.isSecure() ? "https" : "http";
        String host = request.getHeaders().get("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-:\\[\\]]+")) {
            host = "localhost";
        }
        return scheme + "://" + host;
    }
}
