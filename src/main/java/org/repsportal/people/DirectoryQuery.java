package org.repsportal.people;

/** A search of the directory: free text on names, and optional role, region and functional area. */
public record DirectoryQuery(String text, Role role, String region, String area) {

    public static DirectoryQuery everyone() {
        return new DirectoryQuery(null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
