/**
 * The demo program: the well-known demo accounts and a believable program around them, written
 * through the other modules' own services, at any scale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo program")
package org.repsportal.demo;
