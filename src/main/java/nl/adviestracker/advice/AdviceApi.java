package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import nl.adviestracker.account.Roles;
import nl.adviestracker.account.SignedInUser;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;

@Controller("/api/advices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ASDG, Roles.STAFF})
class AdviceApi {

    private final AdviceRegister register;
    private final AdviceList list;

    AdviceApi(AdviceRegister register, AdviceList list) {
        this.register = register;
        this.list = list;
    }

    /** Advices, soonest answer due first unless {@code sort} says otherwise. */
    @Get
    PageOf<AdviceSummary> list(
            Authentication authentication,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return list.find(
                new AdviceFilter(status, bodyId, theme, overdue, sort, Boolean.TRUE.equals(desc))
                        .visibleTo(SignedInUser.of(authentication)),
                PageRequest.of(page, size));
    }

    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Roles.ASDG)
    HttpResponse<Advice> create(Authentication authentication, @Valid @Body AdviceInput input) {
        AdviceAccess.requireAuthor(SignedInUser.of(authentication), input.bodyId());
        Advice advice = register.create(input);
        return HttpResponse.created(advice, URI.create("/api/advices/" + advice.id()));
    }

    @Put("/{id}")
    Advice update(Authentication authentication, long id, @Valid @Body AdviceInput input) {
        AdviceAccess.requireEditable(SignedInUser.of(authentication), register.get(id));
        return register.update(id, input);
    }

    /** The body hands the advice to the college; its text is frozen from now on. */
    @Post("/{id}/submit")
    @Secured(Roles.ASDG)
    Advice submit(Authentication authentication, long id) {
        author(authentication, id);
        return register.submit(id);
    }

    @Delete("/{id}")
    @Secured(Roles.ASDG)
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication authentication, long id) {
        author(authentication, id);
        register.delete(id);
    }

    @Get("/{id}/points")
    List<Point> points(Authentication authentication, long id) {
        AdviceAccess.requireReadable(SignedInUser.of(authentication), register.get(id));
        return register.points(id);
    }

    @Get("/{id}/points/{pointId}")
    Point point(Authentication authentication, long id, long pointId) {
        AdviceAccess.requireReadable(SignedInUser.of(authentication), register.get(id));
        return register.point(id, pointId);
    }

    @Status(HttpStatus.CREATED)
    @Post("/{id}/points")
    @Secured(Roles.ASDG)
    HttpResponse<Point> addPoint(Authentication authentication, long id, @Valid @Body PointInput input) {
        author(authentication, id);
        Point point = register.addPoint(id, input);
        return HttpResponse.created(point, URI.create("/api/advices/" + id + "/points/" + point.id()));
    }

    @Put("/{id}/points/{pointId}")
    @Secured(Roles.ASDG)
    Point updatePoint(Authentication authentication, long id, long pointId, @Valid @Body PointInput input) {
        author(authentication, id);
        return register.updatePoint(id, pointId, input);
    }

    @Delete("/{id}/points/{pointId}")
    @Secured(Roles.ASDG)
    @Status(HttpStatus.NO_CONTENT)
    void deletePoint(Authentication authentication, long id, long pointId) {
        author(authentication, id);
        register.deletePoint(id, pointId);
    }

    /** Puts the points of a draft advice in this order. */
    @Put("/{id}/points/order")
    @Secured(Roles.ASDG)
    List<Point> reorder(Authentication authentication, long id, @Valid @Body PointOrder order) {
        author(authentication, id);
        return register.reorder(id, order.pointIds());
    }

    private void author(Authentication authentication, long adviceId) {
        AdviceAccess.requireAuthor(SignedInUser.of(authentication), register.get(adviceId));
    }

    @Serdeable
    record PointOrder(@NotNull(message = "is verplicht") List<@NotNull Long> pointIds) {}
}
