package org.repsportal.feedback;

/** A contact's answer as typed. */
class AnswerForm {

    private String answer;

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
