package org.repsportal.platform;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTests {

    /** A form as the controllers bind them. */
    static class Form {
        private String title;
        private List<String> names = List.of("a", "b");

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<String> getNames() {
            return names;
        }

        public void setNames(List<String> names) {
            this.names = names;
        }
    }

    private final BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

    private static InvalidInputException problems(FieldProblem... problems) {
        return new InvalidInputException(List.of(problems));
    }

    @Test
    void eachProblemLandsOnItsFieldWithItsMessageKeyAsTheCodeInOrder() {
        FormErrors.copy(problems(new FieldProblem("title", "title.required"), new FieldProblem("title", "title.long"),
                new FieldProblem("names", "names.empty")), result);

        assertThat(result.getFieldErrors("title")).extracting(FieldError::getCode).containsExactly("title.required", "title.long");
        assertThat(result.getFieldErrors("names")).extracting(FieldError::getCode).containsExactly("names.empty");
        assertThat(result.getGlobalErrors()).isEmpty();
    }

    @Test
    void aMappingPutsAProblemOnTheFormsNameForTheFieldAndNullMakesItAFormError() {
        FormErrors.copy(problems(new FieldProblem("titleText", "title.required"), new FieldProblem("names[1]", "name.long"),
                new FieldProblem("eventId", "event.gone")), result, field -> switch (field) {
                    case "titleText" -> "title";
                    case "eventId" -> null;
                    default -> field;
                });

        assertThat(result.getFieldErrors("title")).extracting(FieldError::getCode).containsExactly("title.required");
        assertThat(result.getFieldErrors("names[1]")).extracting(FieldError::getCode).containsExactly("name.long");
        assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("event.gone");
    }

    @Test
    void problemsGatheredFromSeveralChecksAreCopiedTheSameWay() {
        FormErrors.copy(List.of(new FieldProblem("title", "title.required"), new FieldProblem("names", "names.empty")),
                result, field -> field);

        assertThat(result.getFieldErrorCount()).isEqualTo(2);
        assertThat(result.getFieldError("names").getCode()).isEqualTo("names.empty");
    }

    @Test
    void aProblemOnAFieldTheFormLacksBecomesAFormErrorOnlyWhereThatIsAskedFor() {
        FormErrors.copyOrGlobal(problems(new FieldProblem("title", "title.required"),
                new FieldProblem("version", "page.changedMeanwhile")), result);

        assertThat(result.getFieldError("title").getCode()).isEqualTo("title.required");
        assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("page.changedMeanwhile");
    }

    @Test
    void theRejectedValueIsTheTypedOne() {
        Form form = new Form();
        form.setTitle("typed");
        BindingResult typed = new BeanPropertyBindingResult(form, "form");

        FormErrors.copy(problems(new FieldProblem("title", "title.long")), typed);

        assertThat(typed.getFieldValue("title")).isEqualTo("typed");
        assertThat(typed.getFieldError("title").getRejectedValue()).isEqualTo("typed");
    }
}
