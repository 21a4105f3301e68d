package org.repsportal.platform;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardTextTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * Times on pages, in the viewer's zone (the signed-in person's, else the program's) and language:
 * {@code th:time} on an element fills it with a {@code <time>} element whose {@code datetime} is the ISO-8601 moment
 * and whose text is its date and time, followed by the moment in its own zone in small text when it belongs to another
 * one ({@code ${#times.zoned(at, zone)}} or any {@link java.time.ZonedDateTime}); {@code th:date} does the same with the
 * day only. Inside a sentence {@code #times.format(at)} and {@code #times.date(at)} give the text alone.
 */
@Component
@EnableConfigurationProperties(TimeProperties.class)
class TimeDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

    static final String TIMES = "times";

    private final MessageSource messages;
    private final TimeProperties properties;

    TimeDialect(MessageSource messages, TimeProperties properties) {
        super("Portal times", "th", StandardDialect.PROCESSOR_PRECEDENCE);
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new TimeProcessor(dialectPrefix, "time", false), new TimeProcessor(dialectPrefix, "date", true));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(TIMES);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return TIMES.equals(expressionObjectName) ? new ViewerTimes(viewerZone(), context.getLocale(), messages) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The zone the request's locale context carries (the signed-in person's), else the program's. */
    private ZoneId viewerZone() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context instanceof TimeZoneAwareLocaleContext zoned && zoned.getTimeZone() != null) {
            return zoned.getTimeZone().toZoneId();
        }
        return properties.zone();
    }

    private static final class TimeProcessor extends AbstractStandardExpressionAttributeTagProcessor {

        private final boolean dayOnly;

        TimeProcessor(String dialectPrefix, String attributeName, boolean dayOnly) {
            super(TemplateMode.HTML, dialectPrefix, attributeName, StandardTextTagProcessor.PRECEDENCE, true);
            this.dayOnly = dayOnly;
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, Object when, IElementTagStructureHandler structureHandler) {
            if (when == null) {
                structureHandler.setBody("", false);
                return;
            }
            ViewerTimes times = (ViewerTimes) context.getExpressionObjects().getObject(TIMES);
            IModelFactory factory = context.getModelFactory();
            IModel body = factory.createModel();
            body.add(factory.createOpenElementTag("time", Map.of("datetime", HtmlEscape.escapeHtml5(times.iso(when))),
                    AttributeValueQuotes.DOUBLE, false));
            body.add(factory.createText(HtmlEscape.escapeHtml5(dayOnly ? times.date(when) : times.format(when))));
            body.add(factory.createCloseElementTag("time"));
            String elsewhere = dayOnly ? null : times.elsewhere(when);
            if (elsewhere != null) {
                body.add(factory.createText(" "));
                body.add(factory.createOpenElementTag("small", Map.of("class", "other-zone"), AttributeValueQuotes.DOUBLE, false));
                body.add(factory.createText(HtmlEscape.escapeHtml5(elsewhere)));
                body.add(factory.createCloseElementTag("small"));
            }
            structureHandler.setBody(body, false);
        }
    }
}
