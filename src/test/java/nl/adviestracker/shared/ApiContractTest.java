package nl.adviestracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiContractTest {

    private static final String GENERATED = """
            openapi: 3.0.1
            paths:
              /api/followups:
                post:
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {file: {type: string, format: binary}}}
                        example: null
                  responses:
                    "200":
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/FollowUp"}
            components:
              schemas:
                FollowUp:
                  type: object
                  properties:
                    informed: {nullable: true, allOf: [{$ref: "#/components/schemas/Informed"}]}
                Informed: {type: boolean}
                Unreferenced: {type: string}
            """;

    private final String completed =
            ApiContract.complete(GENERATED, Map.of("POST /api/followups", ApiContract.Access.anyone()));

    @Test
    void aSchemaOnlyInlinedAsANullableReferenceIsDroppedWithTheUnreferencedOnes() {
        assertThat(completed).contains("FollowUp:").doesNotContain("Informed:").doesNotContain("Unreferenced:");
    }

    @Test
    void aNullExampleIsDroppedBecauseItIsInvalidWhereTheSchemaDoesNotAdmitNull() {
        assertThat(completed).doesNotContain("example: null");
    }
}
