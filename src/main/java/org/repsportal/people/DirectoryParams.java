package org.repsportal.people;

/**
 * The directory's search as the page, its CSV and the API read it: {@code q} in names, a role (a value that is no
 * role is a field error), a region and a functional area by code.
 */
record DirectoryParams(String q, Role role, String region, String area) {

    /** The search as asked for: an unknown region or area finds nobody. */
    DirectoryQuery query() {
        return new DirectoryQuery(q, role, region, area);
    }

    /** The search with an unknown region or area left out, as the page's filters show it. */
    DirectoryQuery known(Catalog catalog) {
        return new DirectoryQuery(q, role, catalog.isRegion(region) ? region : null,
                catalog.isFunctionalArea(area) ? area : null);
    }
}
