package org.repsportal.platform;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which page of a list a request asks for, bound from its {@code page} and {@code size} parameters in the same way
 * for a page and its JSON twin (a controller takes it as an argument; the API marks it {@code @ParameterObject}).
 * A value that is no number is a field error (400, an RFC 9457 problem in the API); a page below 0 is the first,
 * a size below 1 or missing is {@link PageResult#DEFAULT_SIZE} and one above {@link PageResult#MAX_SIZE} is that.
 */
public record Paging(@Schema(description = "the page, from 0") Integer page,
                     @Schema(description = "items a page, 1 to 100 (20 by default)") Integer size) {

    /** The first page, of the default size: for a page shown again after a form on it was refused. */
    public static Paging first() {
        return new Paging(null, null);
    }

    /** The page asked for, from 0. */
    public int number() {
        return PageResult.clampPage(page);
    }

    /** How many items a page holds, as asked for within the limits. */
    public int limit() {
        return PageResult.clampSize(size);
    }
}
