package org.repsportal.platform;

import java.util.List;
import java.util.Set;

/**
 * A module's share of a person's own data, as the "download my data" archive holds it: each module reads its own
 * tables and names them, so a test can tell which tables with a person column the archive covers. Only what the
 * person may see of themselves belongs here, never another person's confidential data.
 */
public interface PersonalData {

    /** The tables this share reads (a table with a person column is either covered by some share or exempt). */
    Set<String> tables();

    /** The person's parts, each one file of the archive; called inside the export's read-only transaction. */
    List<PersonalDataPart> partsOf(long personId);
}
