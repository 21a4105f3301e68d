package org.repsportal.board;


/** A new thread on the mentors' board, or a reply (which has a body only). */
class PostForm {

    private String title;
    private String body;

    NewPost toPost() {
        return new NewPost(title, body);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
