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
            SignedInUser user,
            @Nullable @QueryValue AdviceStatus status,
            @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme,
            @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Boolean desc,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return list.find(
                new AdviceFilter(status, bodyId, theme, overdue, sort, Boolean.TRUE.equals(desc)).visibleTo(user),
                PageRequest.of(page, size));
    }

    @Status(HttpStatus.CREATED)
    @Post
    @Secured(Roles.ASDG)
    HttpResponse<Advice> create(SignedInUser user, @Valid @Body AdviceInput input) {
        Advice advice = register.create(user, input);
        return HttpResponse.created(advice, URI.create("/api/advices/" + advice.id()));
    }

    @Put("/{id}")
    Advice update(SignedInUser user, long id, @Valid @Body AdviceInput input) {
        return register.update(id, input, user);
    }

    /** The body hands the advice to the college; its text is frozen from now on. */
    @Post("/{id}/submit")
    @Secured(Roles.ASDG)
    Advice submit(SignedInUser user, long id) {
        return register.submit(id, user);
    }

    @Delete("/{id}")
    @Secured(Roles.ASDG)
    @Status(HttpStatus.NO_CONTENT)
    void delete(SignedInUser user, long id) {
        register.delete(id, user);
    }

    @Get("/{id}/points")
    List<Point> points(SignedInUser user, long id) {
        return register.points(user, id);
    }

    @Get("/{id}/points/{pointId}")
    Point point(SignedInUser user, long id, long pointId) {
        return register.point(user, id, pointId);
    }

    @Status(HttpStatus.CREATED)
    @Post("/{id}/points")
    @Secured(Roles.ASDG)
    HttpResponse<Point> addPoint(SignedInUser user, long id, @Valid @Body PointInput input) {
        Point point = register.addPoint(id, input, user);
        return HttpResponse.created(point, URI.create("/api/advices/" + id + "/points/" + point.id()));
    }

    @Put("/{id}/points/{pointId}")
    @Secured(Roles.ASDG)
    Point updatePoint(SignedInUser user, long id, long pointId, @Valid @Body PointInput input) {
        return register.updatePoint(id, pointId, input, user);
    }

    @Delete("/{id}/points/{pointId}")
    @Secured(Roles.ASDG)
    @Status(HttpStatus.NO_CONTENT)
    void deletePoint(SignedInUser user, long id, long pointId) {
        register.deletePoint(id, pointId, user);
    }

    /** Puts the points of a draft advice in this order. */
    @Put("/{id}/points/order")
    @Secured(Roles.ASDG)
    List<Point> reorder(SignedInUser user, long id, @Valid @Body PointOrder order) {
        return register.reorder(id, order.pointIds(), user);
    }

    @Serdeable
    record PointOrder(@NotNull(message = "is verplicht") List<@NotNull Long> pointIds) {}
}
