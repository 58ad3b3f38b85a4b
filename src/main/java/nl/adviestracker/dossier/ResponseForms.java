package nl.adviestracker.dossier;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import nl.adviestracker.response.Response;
import nl.adviestracker.response.ResponseInput;
import nl.adviestracker.response.Stance;
import nl.adviestracker.web.Form;

/** Reading the response form, shared by the advice page (new response) and the edit page. */
@Singleton
class ResponseForms {

    private final Validator validator;

    ResponseForms(Validator validator) {
        this.validator = validator;
    }

    /** The typed values of a response form, as a {@link Form} that can show them again. */
    static Form form(String prefix, AdvicePage.ResponseForm form) {
        return Form.named(prefix)
                .label("text", "Reactie")
                .set("pointIds", "")
                .set("stance", form.stance())
                .set("paraphrase", form.paraphrase())
                .set("text", form.text())
                .set("reason", form.reason())
                .set("version", form.version());
    }

    /**
     * Reads and checks a response form: bean validation of the API's input record, and the rule that a
     * stance other than adopted states its reasons (Awb 3:50), so no incomplete answer is saved from a screen.
     */
    ResponseInput read(Form state, AdvicePage.ResponseForm form, Set<Long> selected, @Nullable Integer version) {
        for (String pointId : form.pointIds() == null ? List.<String>of() : form.pointIds()) {
            try {
                selected.add(Long.valueOf(pointId.strip()));
            } catch (NumberFormatException e) {
                state.error("pointIds", "bevat een onbekend punt");
            }
        }
        Stance stance = state.choice("stance", Stance.class);
        ResponseInput input = new ResponseInput(
                List.copyOf(selected),
                stance,
                state.text("paraphrase"),
                state.text("text"),
                state.text("reason"),
                version);
        state.violations(validator.validate(input));
        if (stance != null && Response.reasonMissing(stance, state.text("reason"))) {
            state.error("reason", Response.reasonRequired(stance));
        }
        return input;
    }
}
