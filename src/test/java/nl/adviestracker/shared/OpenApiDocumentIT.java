package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.adviestracker.support.ContractCheck;
import org.junit.jupiter.api.Test;

/**
 * The document at /openapi.yml describes the API as it answers: only the API, who may call what,
 * and the errors. It is written to target/openapi.yml, which .ci/run lints with Redocly.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void isWrittenForTheLinter() throws IOException {
        Path target = Path.of("target", "openapi.yml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, ContractCheck.document(http));
        assertThat(target).isNotEmptyFile();
    }

    @Test
    void describesOnlyTheApiNotTheScreens() {
        assertThat(model().getPaths().keySet()).isNotEmpty().allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void namesEveryOperationOnceAndReadably() {
        List<String> ids = operations().stream().map(Operation::getOperationId).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+[A-Za-z]*"));
        assertThat(ids).contains("getAdvicesById", "postAdvicesByIdResponses", "getAdvicesByIdLetterPdf");
    }

    @Test
    void saysWhoMayCallEachOperation() {
        OpenAPI api = model();
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("sessionCookie", "bearerToken");
        assertThat(api.getComponents().getSecuritySchemes().get("sessionCookie").getName())
                .isEqualTo("adviestracker_session");
        assertThat(api.getPaths().get("/api/public/advices").getGet().getSecurity())
                .isEmpty();
        assertThat(api.getPaths().get("/api/users").getGet().getSecurity()).isNotEmpty();
        assertThat(api.getPaths().get("/api/users").getGet().getExtensions())
                .containsEntry("x-roles", List.of("ADMIN"));
    }

    @Test
    void listsTheErrorsWithTheirProblemBody() {
        Operation update = model().getPaths().get("/api/advices/{id}").getPut();
        assertThat(update.getResponses()).containsKeys("200", "400", "401", "403", "404", "409", "413", "415", "503");
        assertThat(update.getResponses().get("409").getContent()).containsKey("application/problem+json");
        assertThat(model().getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "errors", "current");
    }

    @Test
    void answersCreatedWhereTheServiceCreates() {
        assertThat(model().getPaths().get("/api/bodies").getPost().getResponses())
                .containsKey("201")
                .doesNotContainKey("200");
    }

    @Test
    void usesOnlyPatternsEveryValidatorUnderstands() {
        assertThat(ContractCheck.document(http)).doesNotContain("\\p{");
    }

    private OpenAPI model() {
        return ContractCheck.model(http);
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        model().getPaths().values().forEach(item -> operations.addAll(item.readOperations()));
        return operations;
    }
}
