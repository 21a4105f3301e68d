package org.repsportal.library;


/** A community resource as a member adds it. */
class ResourceForm {

    private String title;
    private String url;
    private ResourceTopic topic;
    private String note;

    NewResource toResource() {
        return new NewResource(title, url, topic, note);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public ResourceTopic getTopic() {
        return topic;
    }

    public void setTopic(ResourceTopic topic) {
        this.topic = topic;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
