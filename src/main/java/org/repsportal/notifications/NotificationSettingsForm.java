package org.repsportal.notifications;

import java.util.EnumMap;
import java.util.Map;


/** The person's choice per mail category, posted as {@code choices[CATEGORY]=DELIVERY}. */
class NotificationSettingsForm {

    private Map<MailCategory, Delivery> choices = new EnumMap<>(MailCategory.class);

    static NotificationSettingsForm from(Map<MailCategory, Delivery> current) {
        var form = new NotificationSettingsForm();
        form.choices.putAll(current);
        return form;
    }

    public Map<MailCategory, Delivery> getChoices() {
        return choices;
    }

    public void setChoices(Map<MailCategory, Delivery> choices) {
        this.choices = choices;
    }

    public Delivery choiceFor(MailCategory category) {
        return choices.get(category);
    }
}
