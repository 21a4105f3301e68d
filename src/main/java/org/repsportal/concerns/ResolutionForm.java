package org.repsportal.concerns;

/** What the Council writes when it resolves a concern. */
class ResolutionForm {

    private String resolution;

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
