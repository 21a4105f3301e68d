package org.repsportal.support;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests where Chromium and chromedriver are found; elsewhere they are skipped with one line
 * that names the install command. Under {@code CI=true} they always run, so a build server without a browser
 * fails instead of passing untested.
 */
public class BrowserAvailable implements ExecutionCondition {

    static final String INSTALL = "apt-get install chromium chromium-driver";

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean found = Files.isExecutable(BrowserTestSupport.CHROMIUM) && Files.isExecutable(BrowserTestSupport.CHROMEDRIVER);
        if (found) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: the browser tests must run (and fail without Chromium)");
        }
        String reason = "Browser tests skipped: no Chromium at " + BrowserTestSupport.CHROMIUM + " or no chromedriver at "
                + BrowserTestSupport.CHROMEDRIVER + "; install them with: " + INSTALL;
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
