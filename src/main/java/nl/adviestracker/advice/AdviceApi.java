package nl.adviestracker.advice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import nl.adviestracker.shared.PageOf;
import nl.adviestracker.shared.PageRequest;

@Controller("/api/advices")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdviceApi {

    private final AdviceRegister register;
    private final AdviceList list;

    AdviceApi(AdviceRegister register, AdviceList list) {
        this.register = register;
        this.list = list;
    }

    /** Advices, soonest answer due first unless {@code sort} says otherwise. */
    @Get
    PageOf<AdviceSummary> list(@Nullable @QueryValue AdviceStatus status, @Nullable @QueryValue Long bodyId,
            @Nullable @QueryValue String theme, @Nullable @QueryValue Boolean overdue,
            @Nullable @QueryValue String sort, @Nullable @QueryValue Boolean desc,
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return list.find(new AdviceFilter(status, bodyId, theme, overdue, sort, Boolean.TRUE.equals(desc)),
                PageRequest.of(page, size));
    }

    @Post
    HttpResponse<Advice> create(@Valid @Body AdviceInput input) {
        Advice advice = register.create(input);
        return HttpResponse.created(advice, URI.create("/api/advices/" + advice.id()));
    }

    @Put("/{id}")
    Advice update(long id, @Valid @Body AdviceInput input) {
        return register.update(id, input);
    }

    /** The body hands the advice to the college; its text is frozen from now on. */
    @Post("/{id}/submit")
    Advice submit(long id) {
        return register.submit(id);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        register.delete(id);
    }

    @Get("/{id}/points")
    List<Point> points(long id) {
        return register.points(id);
    }

    @Get("/{id}/points/{pointId}")
    Point point(long id, long pointId) {
        return register.point(id, pointId);
    }

    @Post("/{id}/points")
    HttpResponse<Point> addPoint(long id, @Valid @Body PointInput input) {
        Point point = register.addPoint(id, input);
        return HttpResponse.created(point, URI.create("/api/advices/" + id + "/points/" + point.id()));
    }

    @Put("/{id}/points/{pointId}")
    Point updatePoint(long id, long pointId, @Valid @Body PointInput input) {
        return register.updatePoint(id, pointId, input);
    }

    @Delete("/{id}/points/{pointId}")
    @Status(HttpStatus.NO_CONTENT)
    void deletePoint(long id, long pointId) {
        register.deletePoint(id, pointId);
    }

    /** Puts the points of a draft advice in this order. */
    @Put("/{id}/points/order")
    List<Point> reorder(long id, @Valid @Body PointOrder order) {
        return register.reorder(id, order.pointIds());
    }

    @Serdeable
    record PointOrder(@NotNull(message = "is verplicht") List<@NotNull Long> pointIds) {}
}
