package org.repsportal.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize    a larger body is refused with 413 before it is read
 * @param maxIndexedItems how many items an indexed form field ({@code goals[n]}) may have; a higher index is 400
 * @param maxUploadSize  the same for a file upload ({@code multipart/form-data}), e.g. receipts
 */
@ConfigurationProperties("portal.web")
record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("100") int maxIndexedItems,
                     @DefaultValue("12MB") DataSize maxUploadSize) {

    static WebProperties defaults() {
        return new WebProperties(DataSize.ofMegabytes(1), 100, DataSize.ofMegabytes(12));
    }
}
