package org.parley.server.web.view;

import java.util.concurrent.ConcurrentHashMap;
import org.parley.server.cases.CaseState;

/**
 * The dashboard's {@link Models.CaseView} of each case, computed once per version: a page request, and each of the
 * parts a browser fetches again after every change, would otherwise parse the analysis documents and build every
 * table anew. The entry of a case holds the state it was computed from and answers only for that very state object:
 * states are immutable and every stored change makes a new one, so a change (through this server or read from the
 * log) invalidates the entry by itself. Only what is the same for every viewer of the dashboard is kept here; what
 * depends on the viewer (the header, the CSRF token, the mediator's own notes, the export permission) and what changes
 * without a new version (the invitations' validity) is added per request.
 */
public final class DashboardCache {

    private final ConcurrentHashMap<String, Entry> byCase = new ConcurrentHashMap<>();

    /** The view of {@code s}, computed at most once while {@code s} is the newest state asked for. */
    public Models.CaseView of(CaseState s) {
        Entry e = byCase.compute(s.id(), (k, old) -> old == null || old.state != s
                && old.state.version() <= s.version() ? new Entry(s) : old);
        // an older state than the cached one (a request that read the case before a change): computed, not kept
        return e.state == s ? e.view() : Views.caseView(s);
    }

    private static final class Entry {
        private final CaseState state;
        private volatile Models.CaseView view;

        Entry(CaseState state) {
            this.state = state;
        }

        Models.CaseView view() {
            Models.CaseView v = view;
            if (v == null) {
                synchronized (this) {
                    v = view;
                    if (v == null) {
                        v = Views.caseView(state);
                        view = v;
                    }
                }
            }
            return v;
        }
    }
}
