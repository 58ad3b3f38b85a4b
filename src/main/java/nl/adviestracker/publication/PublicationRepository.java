package nl.adviestracker.publication;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublicationRepository extends CrudRepository<Publication, Long> {

    @Query("select * from publication where advice_id = :adviceId and withdrawn_at is null")
    Optional<Publication> findInForce(Long adviceId);
}
