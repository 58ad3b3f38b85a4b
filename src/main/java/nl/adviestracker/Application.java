package nl.adviestracker;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.slf4j.bridge.SLF4JBridgeHandler;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "Adviestracker API",
                        version = "api",
                        description =
                                "Advice of advisory bodies, the college's responses per point, follow-ups and reply letters."))
public class Application {
    public static void main(String[] args) {
        // Liquibase logs through java.util.logging; this sends it to logback, configured by LogbackSetup
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Micronaut.run(Application.class, args);
    }
}
