package nl.adviestracker.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<User, Long> {

    /** Before anyone is signed in, across organisations: the account for this username (see changeset 101). */
    @Query("select * from account_for_login(:username)")
    Optional<User> findForLogin(String username);

    /** Usernames are unique in the whole deployment, also where this organisation cannot see. */
    @Query("select username_in_use(:username)")
    boolean usernameInUse(String username);

    List<User> listOrderByUsername();

    /** The one place a password is set after creation: from an invitation or reset link (see PasswordLinks). */
    @Query(
            "update app_user set password_hash = :passwordHash, version = version + 1, updated_at = now() where id = :id")
    void updatePasswordHash(long id, String passwordHash);

    boolean existsByRole(Role role);
}
