package nl.adviestracker.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import nl.adviestracker.account.Role;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.advice.AdviceFilter;
import nl.adviestracker.advice.AdviceList;
import nl.adviestracker.advice.AdviceStatus;
import nl.adviestracker.advice.AdviceSummary;
import nl.adviestracker.followup.FollowUpFilter;
import nl.adviestracker.followup.FollowUpList;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;
import nl.adviestracker.web.Frame;
import nl.adviestracker.web.Views;

/** The start page: what needs this user now, by role; for visitors the way to the public pages and the login. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomePage {

    private static final PageRequest FIRST_TEN = new PageRequest(0, 10);

    private final Views views;
    private final AdviceList advices;
    private final FollowUpList followUps;

    HomePage(Views views, AdviceList advices, FollowUpList followUps) {
        this.views = views;
        this.advices = advices;
        this.followUps = followUps;
    }

    public record HomeView(
            Frame frame,
            boolean anonymous,
            boolean member,
            boolean staff,
            boolean manager,
            boolean admin,
            boolean superadmin,
            @Nullable String name,
            List<AdviceSummary> drafts,
            List<AdviceSummary> awaiting,
            List<AdviceSummary> answered,
            List<AdviceSummary> inbox,
            long inboxTotal,
            long overdueAdvices,
            long openFollowUps,
            long overdueFollowUps) {}

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<String> home(HttpRequest<?> request, @Nullable SignedInUser user) {
        Frame frame = Frame.of("Start", user, "/", null);
        if (user == null) {
            return views.page(
                    "home",
                    new HomeView(
                            frame, true, false, false, false, false, false, null, List.of(), List.of(), List.of(),
                            List.of(), 0, 0, 0, 0));
        }
        List<AdviceSummary> drafts = List.of();
        List<AdviceSummary> awaiting = List.of();
        List<AdviceSummary> answered = List.of();
        List<AdviceSummary> inbox = List.of();
        long inboxTotal = 0;
        long overdue = 0;
        long open = 0;
        long lateFollowUps = 0;
        if (user.role() == Role.ASDG) {
            drafts = find(user, AdviceStatus.DRAFT, null, false).items();
            awaiting = find(user, AdviceStatus.RECEIVED, null, false).items();
            answered = find(user, AdviceStatus.ANSWERED, null, true).items();
        }
        if (user.isStaff()) {
            PageOf<AdviceSummary> received = find(user, AdviceStatus.RECEIVED, null, false);
            inbox = received.items();
            inboxTotal = received.total();
            overdue = find(user, AdviceStatus.RECEIVED, true, false).total();
        }
        if (user.isManager()) {
            open = followUps
                    .find(FollowUpFilter.openOnes(), new PageRequest(0, 1))
                    .total();
            lateFollowUps = followUps
                    .find(new FollowUpFilter("open", null, null, null, true, null, null), new PageRequest(0, 1))
                    .total();
        }
        return views.page(
                "home",
                new HomeView(
                        frame,
                        false,
                        user.role() == Role.ASDG,
                        user.isStaff(),
                        user.isManager(),
                        user.isAdmin(),
                        user.role() == Role.SUPERADMIN,
                        user.name(),
                        drafts,
                        awaiting,
                        answered,
                        inbox,
                        inboxTotal,
                        overdue,
                        open,
                        lateFollowUps));
    }

    private PageOf<AdviceSummary> find(
            SignedInUser user, AdviceStatus status, @Nullable Boolean overdue, boolean newestFirst) {
        String sort = newestFirst ? "received" : "due";
        return advices.find(
                new AdviceFilter(status, null, null, overdue, sort, newestFirst).visibleTo(user), FIRST_TEN);
    }
}
