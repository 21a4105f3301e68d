/**
 * Budget requests on events: line items in any currency, the mentor's review on the SOP's six points with the
 * portal's evidence beside each, the Council's decision (one reviewer under the threshold, a vote from it up),
 * and the receipts after the event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budgets")
package org.repsportal.budgets;
