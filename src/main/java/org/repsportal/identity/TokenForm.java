package org.repsportal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Naming a new personal access token, so it can be told apart and revoked later. */
class TokenForm {

    @NotBlank
    @Size(max = 80)
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
