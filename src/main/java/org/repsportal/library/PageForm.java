package org.repsportal.library;


/** A new page as a Council editor types it. */
class PageForm {

    private String slug;
    private String title;
    private String summary;
    private String body;

    NewPage toPage() {
        return new NewPage(slug, title, summary, body);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
