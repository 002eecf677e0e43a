package org.parley.mediation;

/**
 * The state of the talks on one issue.
 *
 * @param issue  the issue id
 * @param status open, bracketed, agreed in principle or agreed
 * @param agreed the agreed option's index, or -1 (required when agreed)
 * @param since  the document or date it dates from, may be empty
 * @param note   may be empty
 */
public record IssueState(String issue, IssueStatus status, int agreed, String since, String note) {

    /** Checks that an agreed issue names its option. */
    public IssueState {
        if (status == IssueStatus.AGREED && agreed < 0) {
            throw new IllegalArgumentException("agreed issue '" + issue + "' needs its agreed option");
        }
        since = since == null ? "" : since;
        note = note == null ? "" : note;
    }

    /** An open issue. */
    public static IssueState open(String issue) {
        return new IssueState(issue, IssueStatus.OPEN, -1, "", "");
    }
}
